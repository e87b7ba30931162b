import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Args, LibraryDocument } from '../../../../shared/contract';
import { useClient } from '../../api/context';
import { useToasts } from '../../stores/toasts';
import { useDocuments } from './store';

export type DocumentPatch = Omit<Args<'documents-update'>, 'id'>;

/**
 * Changes a document optimistically: the screen shows the change at once, the backend
 * saves it, and a failure puts the old document back and says why. Resolves to the
 * saved document, or null when it failed.
 */
export function useUpdateDocument(): (doc: LibraryDocument, patch: DocumentPatch) => Promise<LibraryDocument | null> {
  const client = useClient();
  const { t } = useTranslation();
  return useCallback(
    async (doc, patch) => {
      useDocuments.getState().upsert([{ ...doc, ...patch }]);
      try {
        const saved = await client.send('documents-update', { id: doc.id, ...patch });
        useDocuments.getState().upsert([saved]);
        return saved;
      } catch (err) {
        useDocuments.getState().upsert([doc]);
        useToasts.getState().show({ tone: 'error', message: t('documents.detail.saveFailed', { reason: (err as Error).message }) });
        return null;
      }
    },
    [client, t],
  );
}
