import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../../../db/career-db';
import { today } from '../../../../db/clock';
import { addJob } from '../../../../db/jobs-table';
import { useToasts } from '../../../../stores/toasts';
import { useAddJob } from './store';
import { validateDraft } from './validate';

/**
 * Saves the form: checks it, shows every problem at once if any, or adds the job (the data
 * layer records its first stage change) and opens the job's page with a confirmation.
 */
export function useSaveJob(): () => Promise<void> {
  const navigate = useNavigate();
  const { t } = useTranslation();
  return useCallback(async () => {
    const store = useAddJob.getState();
    if (store.saving) return;
    const { job, errors } = validateDraft(store.draft, today(), new Set(store.badDates));
    if (!job) {
      store.set({ errors, attempts: store.attempts + 1 });
      return;
    }
    store.set({ saving: true, errors: null });
    try {
      const row = await addJob(getDb(), job);
      const message = row.employer ? t('jobsAdding.form.savedAt', { title: row.title, employer: row.employer }) : t('jobsAdding.form.saved', { title: row.title });
      useToasts.getState().show({ tone: 'success', message });
      useAddJob.getState().reset();
      void navigate(`/jobs/${row.id}`);
    } catch (error) {
      useAddJob.getState().set({ saving: false });
      useToasts.getState().show({ tone: 'error', message: t('jobsAdding.form.saveFailed', { reason: (error as Error).message }) });
    }
  }, [navigate, t]);
}
