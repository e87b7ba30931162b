import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

/** Being written: articles and links (see the Resources helper's work). */
export function ResourcesPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeader title={t('resources.title')} />
    </div>
  );
}
