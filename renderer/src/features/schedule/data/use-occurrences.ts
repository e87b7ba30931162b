import { useCallback, useState, useSyncExternalStore } from 'react';
import type { Occurrence } from '../../../../../shared/domain/schedule';
import { getDb } from '../../../db/career-db';
import { NO_ANSWER, readOccurrences, subscribeReads, windowState, type WindowState } from './occurrence-reads';

export interface OccurrencesState {
  occurrences: Occurrence[];
  loaded: boolean;
  /** Why reading failed, in plain words; null while all is well. */
  error: string | null;
  retry(): void;
}

const EMPTY: Occurrence[] = [];

/**
 * Every occurrence in [fromUtc, toUtc), read again whenever an event changes (here, in
 * another window, or by an import). Series are expanded only inside the window, so a month
 * costs the same whatever lies outside it. The read starts while the page renders (see
 * occurrence-reads), and the last answer stays on screen while a new window is read, so
 * moving between months doesn't flicker.
 */
export function useOccurrences(fromUtc: number, toUtc: number): OccurrencesState {
  const db = getDb();
  // Started (or joined) here, during render, so IndexedDB reads while React builds the
  // page; after a change the reads go stale, this view draws again, and this reads anew.
  void readOccurrences(db, fromUtc, toUtc);
  // A store, not an effect's setState: an answer that comes while React is still preparing
  // the page is drawn in that same pass, without a "Loading" frame first.
  const current = useSyncExternalStore(subscribeReads, () => windowState(db, fromUtc, toUtc));
  // The last answer, kept on screen while a new window or a changed one is read.
  const [lastAnswer, setLastAnswer] = useState<WindowState>(NO_ANSWER);
  if (current.occurrences && current !== lastAnswer) setLastAnswer(current);
  const shown = current.occurrences ? current : lastAnswer;
  const retry = useCallback(() => void readOccurrences(db, fromUtc, toUtc, true), [db, fromUtc, toUtc]);
  return { occurrences: shown.occurrences ?? EMPTY, loaded: shown.occurrences !== null, error: current.error, retry };
}
