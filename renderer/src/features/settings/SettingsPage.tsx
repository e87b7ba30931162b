import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { MyDetailsCard } from '../profile/MyDetailsCard';
import { AppearanceSection } from './AppearanceSection';
import { JobSearchSection } from './JobSearchSection';
import { LibrarySection } from './LibrarySection';
import { DataSection } from './DataSection';

/** Every setting, saved the moment it changes. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeader title={t('settings.title')} intro={t('settings.intro')} />
      <AppearanceSection />
      <JobSearchSection />
      <MyDetailsCard />
      <LibrarySection />
      <DataSection />
    </div>
  );
}
