import { useCallback } from 'react';
import { getDb, getMyDetails } from '../../db';
import { useLiveQuery } from '../contacts/shared/use-live-query';

/** The user's own details, kept current when they change anywhere (this window or another). */
export function useMyDetails() {
  const load = useCallback(() => getMyDetails(getDb()), []);
  return useLiveQuery(load);
}
