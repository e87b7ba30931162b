import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobPatch } from '../../../../../shared/domain/jobs';
import { getDb } from '../../../db/career-db';
import { updateJob } from '../../../db/jobs-table';
import type { JobRow } from '../../../db/rows';
import { useToasts } from '../../../stores/toasts';
import { useJobs } from './jobs-store';

/**
 * Saves a change to a job's fields: shown at once, written to the database, and put back
 * with a plain message if the write fails. Resolves to the saved job, or null.
 */
export function useUpdateJob(): (job: JobRow, patch: JobPatch) => Promise<JobRow | null> {
  const { t } = useTranslation();
  return useCallback(
    async (job, patch) => {
      useJobs.getState().upsert([{ ...job, ...patch }]);
      try {
        const saved = await updateJob(getDb(), job.id, patch);
        useJobs.getState().upsert([saved]);
        return saved;
      } catch (err) {
        useJobs.getState().upsert([job]);
        useToasts.getState().show({ tone: 'error', message: t('jobs.detail.saveFailed', { reason: (err as Error).message }) });
        return null;
      }
    },
    [t],
  );
}

/** Runs a write that returns the saved job, keeps the store in step, and reports a failure in words. */
export function useJobWrite(): (write: () => Promise<JobRow>) => Promise<JobRow | null> {
  const { t } = useTranslation();
  return useCallback(
    async (write) => {
      try {
        const saved = await write();
        useJobs.getState().upsert([saved]);
        return saved;
      } catch (err) {
        useToasts.getState().show({ tone: 'error', message: t('jobs.detail.saveFailed', { reason: (err as Error).message }) });
        return null;
      }
    },
    [t],
  );
}
