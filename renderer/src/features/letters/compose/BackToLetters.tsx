import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ArrowLeft } from 'lucide-react';

/** The way back to the letters list, above a letter whether it has loaded or not. */
export function BackToLetters() {
  const { t } = useTranslation();
  return (
    <Link className="btn btn--quiet letter-page__back" to="/letters">
      <span className="btn__icon" aria-hidden="true">
        <ArrowLeft />
      </span>
      <span>{t('letters.wizard.backToLetters')}</span>
    </Link>
  );
}
