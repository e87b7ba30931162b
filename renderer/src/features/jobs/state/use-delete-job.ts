import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../../db/career-db';
import { deleteJob, restoreJob } from '../../../db/jobs-table';
import type { JobRow } from '../../../db/rows';
import { useToasts } from '../../../stores/toasts';
import { useJobs } from './jobs-store';
import { UNDO_MS } from './use-move-job';

/**
 * Deletes a job and its timeline at once (no "Are you sure?") and offers Undo in a toast,
 * which puts everything back and opens the job again. `after` moves the user on first.
 */
export function useDeleteJob(after: () => void): (job: JobRow) => Promise<void> {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return useCallback(
    async (job) => {
      const db = getDb();
      try {
        const deleted = await deleteJob(db, job.id);
        useJobs.getState().remove([job.id]);
        after();
        const undo = async () => {
          try {
            await restoreJob(db, deleted);
            useJobs.getState().upsert([deleted.job]);
            useToasts.getState().show({ tone: 'success', message: t('jobs.delete.restored', { title: job.title }) });
            void navigate(`/jobs/${job.id}`);
          } catch (err) {
            useToasts.getState().show({ tone: 'error', message: t('jobs.delete.undoFailed', { title: job.title, reason: (err as Error).message }) });
          }
        };
        useToasts.getState().show({
          tone: 'info',
          message: t('jobs.delete.deleted', { title: job.title }),
          action: { label: t('toast.undo'), run: () => void undo() },
          timeoutMs: UNDO_MS,
        });
      } catch (err) {
        useToasts.getState().show({ tone: 'error', message: t('jobs.delete.failed', { title: job.title, reason: (err as Error).message }) });
      }
    },
    [t, navigate, after],
  );
}
