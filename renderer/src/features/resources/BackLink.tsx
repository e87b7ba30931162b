import { useTranslation } from 'react-i18next';
import { ArrowLeft } from 'lucide-react';
import { ButtonLink } from '../../ui/ButtonLink';

/** "Back to resources", as a quiet link-button so it is a big target but not the main action. */
export function BackLink() {
  const { t } = useTranslation();
  return (
    <ButtonLink variant="quiet" className="back-link" to="/resources" icon={<ArrowLeft />}>
      {t('resources.backToResources')}
    </ButtonLink>
  );
}
