import { useCallback, useEffect, useState } from 'react';
import type { LibraryDocument } from '../../../../../shared/contract';
import { useClient } from '../../../api/context';

/**
 * The document library through the contract ('documents-list'), kept current by
 * 'documents-changed'. The documents feature owns the library; this only reads it.
 */
export function useLibraryDocuments(): { docs: Map<string, LibraryDocument> | null; error: string | null; reload(): void } {
  const client = useClient();
  const [docs, setDocs] = useState<Map<string, LibraryDocument> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    client
      .send('documents-list', {})
      .then((list) => {
        setDocs(new Map(list.map((d) => [d.id, d])));
        setError(null);
      })
      .catch((err: Error) => setError(err.message));
  }, [client]);
  useEffect(() => {
    reload();
    return client.listen('documents-changed', ({ upserted, removed }) =>
      setDocs((current) => {
        if (!current) return current;
        const next = new Map(current);
        for (const doc of upserted) next.set(doc.id, doc);
        for (const id of removed) next.delete(id);
        return next;
      }),
    );
  }, [client, reload]);
  return { docs, error, reload };
}
