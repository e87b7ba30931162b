import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ArrowLeft } from 'lucide-react';
import '../../ui/button.css';

/** "Back to resources", as a quiet link-button so it is a big target but not the main action. */
export function BackLink() {
  const { t } = useTranslation();
  return (
    <Link className="btn btn--quiet back-link" to="/resources">
      <ArrowLeft className="back-link__icon" aria-hidden="true" focusable="false" />
      {t('resources.backToResources')}
    </Link>
  );
}
