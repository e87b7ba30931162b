import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SavedSearch } from '../../../../shared/domain/jobs';
import { deleteSavedSearch, getDb } from '../../db';
import { useToasts } from '../../stores/toasts';

/** Deletes a saved search at once and offers Undo for 15 seconds; `afterRemove` moves the selection on. */
export function useDeleteSearch(afterRemove: (search: SavedSearch) => void): (search: SavedSearch) => Promise<void> {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return useCallback(
    async (search) => {
      const toasts = useToasts.getState();
      try {
        const deleted = await deleteSavedSearch(getDb(), search.id);
        afterRemove(search);
        const undo = () =>
          getDb()
            .savedSearches.put(deleted)
            .then(() => {
              useToasts.getState().show({ tone: 'success', message: t('savedSearches.actions.restored', { name: search.name }) });
              void navigate(`/saved-searches/${search.id}`);
            })
            .catch((err: Error) =>
              useToasts.getState().show({ tone: 'error', message: t('savedSearches.actions.undoFailed', { name: search.name, reason: err.message }) }),
            );
        toasts.show({
          tone: 'info',
          message: t('savedSearches.actions.deleted', { name: search.name }),
          action: { label: t('savedSearches.actions.undo'), run: () => void undo() },
          timeoutMs: 15_000,
        });
      } catch (err) {
        toasts.show({ tone: 'error', message: t('savedSearches.actions.deleteFailed', { name: search.name, reason: (err as Error).message }) });
      }
    },
    [afterRemove, navigate, t],
  );
}
