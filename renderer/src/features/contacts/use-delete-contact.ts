import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { deleteContact, getDb, restoreContact, type ContactRow } from '../../db';
import { useToasts } from '../../stores/toasts';

/**
 * Deletes a contact at once (no "Are you sure?") and offers Undo for 15 seconds, which
 * puts the person back with their links to jobs. `afterRemove` moves the selection on.
 */
export function useDeleteContact(afterRemove: (contact: ContactRow) => void): (contact: ContactRow) => Promise<void> {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return useCallback(
    async (contact) => {
      const toasts = useToasts.getState();
      try {
        const deleted = await deleteContact(getDb(), contact.id);
        afterRemove(contact);
        const undo = () =>
          restoreContact(getDb(), deleted)
            .then(() => {
              useToasts.getState().show({ tone: 'success', message: t('contacts.actions.restored', { name: contact.name }) });
              void navigate(`/contacts/${contact.id}`);
            })
            .catch((err: Error) =>
              useToasts.getState().show({ tone: 'error', message: t('contacts.actions.undoFailed', { name: contact.name, reason: err.message }) }),
            );
        toasts.show({
          tone: 'info',
          message: t('contacts.actions.deleted', { name: contact.name }),
          action: { label: t('contacts.actions.undo'), run: () => void undo() },
          timeoutMs: 15_000,
        });
      } catch (err) {
        toasts.show({ tone: 'error', message: t('contacts.actions.deleteFailed', { name: contact.name, reason: (err as Error).message }) });
      }
    },
    [afterRemove, navigate, t],
  );
}
