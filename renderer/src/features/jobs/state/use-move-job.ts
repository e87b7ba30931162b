import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageId } from '../../../../../shared/domain/jobs';
import { getDb } from '../../../db/career-db';
import { reapplyWarningsFor } from '../../../db/jobs-table';
import type { JobRow } from '../../../db/rows';
import { deleteStageChange, moveJobToStage } from '../../../db/stage-changes-table';
import { useToasts } from '../../../stores/toasts';
import { reapplyText } from '../reapply-text';
import { stageLabel } from '../stages';
import { useLanguage } from '../../../i18n/use-language';
import { useJobs } from './jobs-store';

/** How long the Undo offer for a move stays (UI.md: at least 10 seconds). */
export const UNDO_MS = 15_000;

/**
 * Moves a job to another stage: the board shows it at once, the database records a timeline
 * step dated today, and a toast offers Undo. Moving to Applied also says when the same
 * employer recently turned the user down or never answered. Resolves to the saved job.
 */
export function useMoveJob(): (job: JobRow, stage: StageId) => Promise<JobRow | null> {
  const { t } = useTranslation();
  const language = useLanguage();
  return useCallback(
    async (job, stage) => {
      if (job.stage === stage) return job;
      const db = getDb();
      const jobs = useJobs.getState();
      const toasts = useToasts.getState();
      jobs.upsert([{ ...job, stage }]);
      try {
        const { job: saved, change } = await moveJobToStage(db, job.id, stage);
        useJobs.getState().upsert([saved]);
        const warnings = stage === 'applied' ? await reapplyWarningsFor(db, job.employer, { excludeJobId: job.id }) : [];
        const moved = t('jobs.move.moved', { title: job.title, stage: stageLabel(t, stage) });
        const message = warnings.length > 0 ? `${moved} ${reapplyText(t, warnings[0], language)}` : moved;
        const undo = async () => {
          try {
            const { job: back } = await deleteStageChange(db, change.id);
            useJobs.getState().upsert([back]);
            useToasts.getState().show({ tone: 'success', message: t('jobs.move.undone', { title: job.title, stage: stageLabel(t, back.stage) }) });
          } catch (err) {
            useToasts.getState().show({ tone: 'error', message: t('jobs.move.undoFailed', { reason: (err as Error).message }) });
          }
        };
        toasts.show({ tone: 'info', message, action: { label: t('toast.undo'), run: () => void undo() }, timeoutMs: warnings.length > 0 ? 30_000 : UNDO_MS });
        return saved;
      } catch (err) {
        useJobs.getState().upsert([job]);
        toasts.show({ tone: 'error', message: t('jobs.move.failed', { title: job.title, reason: (err as Error).message }) });
        return null;
      }
    },
    [t, language],
  );
}
