import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterTypeDef } from '../../../../../shared/domain/letters/types';
import type { LetterRecord, MessageChannel } from '../../../../../shared/domain/messages';
import { deleteMessage, deleteStageChange, getDb, markLetterSent, moveJobToStage } from '../../../db';
import { useToasts } from '../../../stores/toasts';
import { useJobs } from '../../jobs/state/jobs-store';
import { UNDO_MS } from '../../jobs/state/use-move-job';
import { stageLabel } from '../../jobs/stages';
import { offersMove } from './stage-offer';
import type { StageOffer } from './StageOfferDialog';

export interface SendFlowInput {
  letter: LetterRecord;
  def: LetterTypeDef;
  /** What the log calls a letter without a subject (a phone script): the type's title. */
  fallbackSubject: string;
  /** Writes the latest typing first, so the logged subject is the one the user sees. */
  flush(): Promise<void>;
  /** Takes the letter's new status into the page's copy. */
  absorb(fields: Partial<Pick<LetterRecord, 'status' | 'sent'>>): void;
}

/**
 * "Mark as sent" and what follows: the message in the log (Undo puts the letter back to a
 * draft), then, when the letter type changes a job's stage, the offer to move the linked
 * job there, dated the day it was sent. Yes moves it as the board does, with its own Undo.
 */
export function useSendFlow({ letter, def, fallbackSubject, flush, absorb }: SendFlowInput) {
  const { t } = useTranslation();
  const [offer, setOffer] = useState<StageOffer | null>(null);

  const markSent = useCallback(
    async ({ at, channel }: { at: string; channel: MessageChannel }): Promise<boolean> => {
      const toasts = useToasts.getState();
      try {
        await flush();
        const db = getDb();
        const { letter: sent, message } = await markLetterSent(db, letter.id, { at, channel, fallbackSubject });
        absorb({ status: sent.status, sent: sent.sent });
        const undo = () =>
          deleteMessage(db, message.id)
            .then(() => absorb({ status: 'draft', sent: null }))
            .catch((err: Error) => useToasts.getState().show({ tone: 'error', message: t('letters.send.failed', { reason: err.message }) }));
        toasts.show({ tone: 'success', message: t('letters.send.marked'), action: { label: t('toast.undo'), run: () => void undo() }, timeoutMs: UNDO_MS });
        const job = def.offersStage && letter.jobId ? await db.jobs.get(letter.jobId) : undefined;
        if (job && def.offersStage && offersMove(job.stage, def.offersStage)) setOffer({ jobId: job.id, title: job.title, stage: def.offersStage, at });
        return true;
      } catch (err) {
        toasts.show({ tone: 'error', message: t('letters.send.failed', { reason: (err as Error).message }) });
        return false;
      }
    },
    [absorb, def, fallbackSubject, flush, letter.id, letter.jobId, t],
  );

  const answer = useCallback(
    async (yes: boolean) => {
      const current = offer;
      setOffer(null);
      if (!yes || !current) return;
      const toasts = useToasts.getState();
      const stage = stageLabel(t, current.stage);
      try {
        const db = getDb();
        const { job, change } = await moveJobToStage(db, current.jobId, current.stage, { at: current.at });
        // The board, the table and its Applied column see the move as they do a move made there.
        useJobs.getState().upsert([job]);
        const undo = async () => {
          try {
            const { job: back } = await deleteStageChange(db, change.id);
            useJobs.getState().upsert([back]);
            useToasts.getState().show({ tone: 'success', message: t('letters.stage.undone', { title: current.title, stage: stageLabel(t, back.stage) }) });
          } catch (err) {
            useToasts.getState().show({ tone: 'error', message: t('letters.stage.failed', { title: current.title, reason: (err as Error).message }) });
          }
        };
        toasts.show({ tone: 'info', message: t('letters.stage.moved', { title: current.title, stage }), action: { label: t('toast.undo'), run: () => void undo() }, timeoutMs: UNDO_MS });
      } catch (err) {
        toasts.show({ tone: 'error', message: t('letters.stage.failed', { title: current.title, reason: (err as Error).message }) });
      }
    },
    [offer, t],
  );

  return { markSent, offer, answer };
}
