import { useCallback, useEffect } from 'react';
import type { PushPayload } from '../../../../shared/contract';
import { useClient } from '../../api/context';
import { useDocuments } from './store';

type Changes = PushPayload<'documents-changed'>;

function apply({ upserted, removed }: Changes): void {
  const store = useDocuments.getState();
  if (upserted.length > 0) store.upsert(upserted);
  if (removed.length > 0) store.remove(removed);
}

/**
 * Loads the library when a documents page opens and keeps it current from
 * `documents-changed` (this window, another window, or a file edited outside the app).
 * Returns a function that loads it again (after a failure).
 */
export function useLibrary(): () => void {
  const client = useClient();
  const load = useCallback(() => {
    // Changes heard while the list is on its way are applied after it, so a slow answer can't undo them.
    const heard: Changes[] = [];
    const stop = client.listen('documents-changed', (changes) => heard.push(changes));
    client
      .send('documents-list', {})
      .then((docs) => {
        useDocuments.getState().replaceAll(docs);
        heard.forEach(apply);
      })
      .catch((err: Error) => useDocuments.getState().setLoadError(err.message))
      .finally(stop);
  }, [client]);

  useEffect(() => {
    const stop = client.listen('documents-changed', apply);
    load();
    return stop;
  }, [client, load]);

  return load;
}
