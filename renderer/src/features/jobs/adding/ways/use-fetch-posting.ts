import { useCallback } from 'react';
import { useClient } from '../../../../api/context';
import { fieldsFromPosting } from '../../../../../../shared/domain/jobs';
import { draftFromFields, type DraftField } from '../form/draft';
import { useAddJob, type FilledBy } from '../form/store';

let lastRequest = 0;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/**
 * Asks the backend to read the posting at `url` ('jobs-fetch-posting') and fills the form
 * from it. Offline, it says so at once. Only the newest request may change the page.
 */
export function useFetchPosting(): (url: string) => Promise<void> {
  const client = useClient();
  return useCallback(
    async (url: string) => {
      const { set, fill } = useAddJob.getState();
      if (typeof navigator !== 'undefined' && navigator.onLine === false) {
        set({ fetch: { status: 'offline' } });
        return;
      }
      const request = ++lastRequest;
      const host = hostOf(url);
      set({ fetch: { status: 'fetching', host, request } });
      try {
        const result = await client.send('jobs-fetch-posting', { url });
        if (request !== lastRequest) return;
        if (result.status === 'failed') {
          set({ fetch: { status: 'failed', reason: result.reason, message: result.message, host } });
          return;
        }
        const values = draftFromFields(fieldsFromPosting(result.posting));
        const marks = Object.fromEntries(Object.keys(values).map((f) => [f, 'page'])) as Partial<Record<DraftField, FilledBy>>;
        fill(values, marks);
        set({ fetch: { status: 'found', title: result.posting.title, host: result.posting.source || host } });
      } catch (error) {
        if (request !== lastRequest) return;
        set({ fetch: { status: 'failed', reason: null, message: (error as Error).message, host } });
      }
    },
    [client],
  );
}
