import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../shared/domain/activity';
import { deleteActivity, getDb } from '../../db';
import { useToasts } from '../../stores/toasts';
import { formatDay } from '../contacts/shared/calendar';
import { useLanguage } from '../../i18n/use-language';

/** Deletes an activity the user added, at once, with Undo in the toast for 15 seconds. */
export function useDeleteActivity(): (activity: Activity) => Promise<void> {
  const { t } = useTranslation();
  const language = useLanguage();
  return useCallback(
    async (activity) => {
      const toasts = useToasts.getState();
      const date = formatDay(activity.date, language);
      try {
        const stored = await deleteActivity(getDb(), activity.id);
        const undo = () =>
          getDb()
            .activities.put(stored)
            .then(() => useToasts.getState().show({ tone: 'success', message: t('activity.actions.restored', { date }) }))
            .catch((err: Error) => useToasts.getState().show({ tone: 'error', message: t('activity.actions.undoFailed', { reason: err.message }) }));
        toasts.show({
          tone: 'info',
          message: t('activity.actions.deleted', { date }),
          action: { label: t('activity.actions.undo'), run: () => void undo() },
          timeoutMs: 15_000,
        });
      } catch (err) {
        toasts.show({ tone: 'error', message: t('activity.actions.deleteFailed', { reason: (err as Error).message }) });
      }
    },
    [language, t],
  );
}
