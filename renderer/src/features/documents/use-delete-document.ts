import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LibraryDocument } from '../../../../shared/contract';
import { useClient } from '../../api/context';
import { useToasts } from '../../stores/toasts';
import { KIND_AREA, areaPath } from './areas';
import { useDocuments } from './store';

/**
 * Deletes at once (no "Are you sure?") and offers Undo in the toast for 15 seconds.
 * `afterRemove` moves the selection on before the backend has answered.
 */
export function useDeleteDocument(afterRemove: (doc: LibraryDocument) => void): (doc: LibraryDocument) => Promise<void> {
  const client = useClient();
  const navigate = useNavigate();
  const { t } = useTranslation();
  return useCallback(
    async (doc) => {
      const toasts = useToasts.getState();
      useDocuments.getState().remove([doc.id]);
      afterRemove(doc);
      const bringBack = (undoToken: string) =>
        client
          .send('documents-delete-undo', { undoToken })
          .then((restored) => {
            useDocuments.getState().upsert([restored]);
            useToasts.getState().show({ tone: 'success', message: t('documents.actions.restored', { title: restored.title }) });
            void navigate(areaPath(KIND_AREA[restored.kind], restored.id));
          })
          .catch((err: Error) =>
            useToasts.getState().show({ tone: 'error', message: t('documents.actions.undoFailed', { title: doc.title, reason: err.message }) }),
          );
      try {
        const { undoToken } = await client.send('documents-delete', { id: doc.id });
        toasts.show({
          tone: 'info',
          message: t('documents.actions.deleted', { title: doc.title }),
          action: { label: t('documents.actions.undo'), run: () => void bringBack(undoToken) },
          timeoutMs: 15_000,
        });
      } catch (err) {
        useDocuments.getState().upsert([doc]);
        toasts.show({ tone: 'error', message: t('documents.actions.deleteFailed', { title: doc.title, reason: (err as Error).message }) });
      }
    },
    [client, navigate, t, afterRemove],
  );
}
