import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LetterRecord } from '../../../../../shared/domain/messages';
import { deleteLetter, duplicateLetter, getDb, restoreLetter } from '../../../db';
import { useToasts } from '../../../stores/toasts';
import { UNDO_MS } from '../../jobs/state/use-move-job';

/** Duplicate (then open the copy) and delete (at once, with Undo) for a letter. */
export function useLetterActions() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const duplicate = useCallback(
    async (letter: LetterRecord, title: string) => {
      try {
        const copy = await duplicateLetter(getDb(), letter.id);
        useToasts.getState().show({ tone: 'success', message: t('letters.list.duplicated', { title }) });
        void navigate(`/letters/${copy.id}`);
      } catch (err) {
        useToasts.getState().show({ tone: 'error', message: t('letters.list.duplicateFailed', { title, reason: (err as Error).message }) });
      }
    },
    [navigate, t],
  );
  const remove = useCallback(
    async (letter: LetterRecord, title: string) => {
      try {
        const deleted = await deleteLetter(getDb(), letter.id);
        const undo = () =>
          restoreLetter(getDb(), deleted)
            .then(() => useToasts.getState().show({ tone: 'success', message: t('letters.list.restored', { title }) }))
            .catch((err: Error) => useToasts.getState().show({ tone: 'error', message: t('letters.list.undoFailed', { title, reason: err.message }) }));
        useToasts.getState().show({
          tone: 'info',
          message: t('letters.list.deleted', { title }),
          action: { label: t('toast.undo'), run: () => void undo() },
          timeoutMs: UNDO_MS,
        });
      } catch (err) {
        useToasts.getState().show({ tone: 'error', message: t('letters.list.deleteFailed', { title, reason: (err as Error).message }) });
      }
    },
    [t],
  );
  return { duplicate, remove };
}
