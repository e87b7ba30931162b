import { useTranslation } from 'react-i18next';
import { ArrowLeft, ArrowRight, PenLine } from 'lucide-react';
import { Button } from '../../../ui/Button';

export interface WizardNavProps {
  index: number;
  /** The next step is the letter: the button says so. */
  nextIsLetter: boolean;
  /** The letter step has no Next: its way on is "Mark as sent". */
  showNext: boolean;
  onBack(): void;
}

/** Back and Next under each step. Next submits the step's form, so Enter in a field moves on too. */
export function WizardNav({ index, nextIsLetter, showNext, onBack }: WizardNavProps) {
  const { t } = useTranslation();
  return (
    <div className="wizard-nav">
      {index > 0 ? (
        <Button icon={<ArrowLeft />} onClick={onBack}>
          {t('letters.wizard.back')}
        </Button>
      ) : (
        <span />
      )}
      {showNext ? (
        <Button type="submit" variant="primary" icon={nextIsLetter ? <PenLine /> : <ArrowRight />}>
          {nextIsLetter ? t('letters.wizard.toLetter') : t('letters.wizard.next')}
        </Button>
      ) : null}
    </div>
  );
}
