import { useCallback } from 'react';
import type { SavedSearch } from '../../../../shared/domain/jobs';
import { countNewMatches, getDb, listSavedSearches } from '../../db';
import { useLiveQuery } from '../contacts/shared/use-live-query';

export interface SearchWithNews {
  search: SavedSearch;
  /** Jobs that match and were added since the search was last opened. */
  newCount: number;
}

/** Every saved search by name with its count of new matches, kept current as jobs and searches change. */
export function useSavedSearches() {
  const load = useCallback(async (): Promise<SearchWithNews[]> => {
    const db = getDb();
    const searches = await listSavedSearches(db);
    return Promise.all(searches.map(async (search) => ({ search, newCount: await countNewMatches(db, search) })));
  }, []);
  return useLiveQuery(load);
}
