import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageId } from '../../../../../shared/domain/jobs';
import { useLanguage } from '../../../i18n/use-language';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { formatDay } from '../../contacts/shared/calendar';
import { stageLabel } from '../../jobs/stages';

/** The stage change a sent letter suggests, waiting for the user's yes or no. */
export interface StageOffer {
  jobId: string;
  title: string;
  stage: StageId;
  /** The day the letter was sent: the timeline entry's date. */
  at: string;
}

export interface StageOfferDialogProps {
  offer: StageOffer | null;
  onAnswer(yes: boolean): void;
}

/** "Move <job> to Declined?" after sending a letter that ends or starts something. No leaves the job as it is. */
export function StageOfferDialog({ offer, onAnswer }: StageOfferDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const stage = offer ? stageLabel(t, offer.stage) : '';
  // The dialog would focus its close button; the question's likely answer is the better start (No is one Tab away, Esc too).
  useEffect(() => {
    if (!offer) return;
    const frame = requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-stage-offer-yes]')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [offer]);
  return (
    <Dialog
      open={offer !== null}
      title={t('letters.stage.title')}
      closeLabel={t('letters.stage.close')}
      onClose={() => onAnswer(false)}
      actions={
        <>
          <Button onClick={() => onAnswer(false)}>{t('letters.stage.no')}</Button>
          <Button variant="primary" data-stage-offer-yes onClick={() => onAnswer(true)}>
            {t('letters.stage.yes', { stage })}
          </Button>
        </>
      }
    >
      {offer ? <p>{t('letters.stage.body', { title: offer.title, stage, date: formatDay(offer.at, language) })}</p> : null}
    </Dialog>
  );
}
