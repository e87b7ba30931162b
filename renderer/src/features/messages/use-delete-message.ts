import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../shared/domain/messages';
import { deleteMessage, getDb, restoreMessage } from '../../db';
import { useToasts } from '../../stores/toasts';
import { UNDO_MS } from '../jobs/state/use-move-job';

/**
 * Deletes a message at once, with Undo in the toast. Deleting a sent letter's message
 * makes the letter a draft again; Undo marks it sent again.
 */
export function useDeleteMessage(): (message: Message, subject: string) => Promise<void> {
  const { t } = useTranslation();
  return useCallback(
    async (message, subject) => {
      const toasts = useToasts.getState();
      try {
        const deleted = await deleteMessage(getDb(), message.id);
        const undo = () =>
          restoreMessage(getDb(), deleted)
            .then(() => useToasts.getState().show({ tone: 'success', message: t('messages.actions.restored', { subject }) }))
            .catch((err: Error) => useToasts.getState().show({ tone: 'error', message: t('messages.actions.undoFailed', { subject, reason: err.message }) }));
        toasts.show({
          tone: 'info',
          message: deleted.letter ? t('messages.actions.deletedLetter', { subject }) : t('messages.actions.deleted', { subject }),
          action: { label: t('toast.undo'), run: () => void undo() },
          timeoutMs: UNDO_MS,
        });
      } catch (err) {
        toasts.show({ tone: 'error', message: t('messages.actions.deleteFailed', { subject, reason: (err as Error).message }) });
      }
    },
    [t],
  );
}
