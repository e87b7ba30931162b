import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

/** Being written. */
export function ArticlePage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeader title={t('resources.title')} />
    </div>
  );
}
