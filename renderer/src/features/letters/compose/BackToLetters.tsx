import { useTranslation } from 'react-i18next';
import { ArrowLeft } from 'lucide-react';
import { ButtonLink } from '../../../ui/ButtonLink';

/** The way back to the letters list, above a letter whether it has loaded or not. */
export function BackToLetters() {
  const { t } = useTranslation();
  return (
    <ButtonLink variant="quiet" className="letter-page__back" to="/letters" icon={<ArrowLeft />}>
      {t('letters.wizard.backToLetters')}
    </ButtonLink>
  );
}
