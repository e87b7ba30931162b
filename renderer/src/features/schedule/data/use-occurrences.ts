import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { occurrencesBetween, type Occurrence } from '../../../../../shared/domain/schedule';
import { getDb } from '../../../db/career-db';
import { eventsBetween } from '../../../db/events-table';
import { useEventsChanged } from './use-events-changed';

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
 * costs the same whatever lies outside it. The read starts before the first paint, and the
 * last answer stays on screen while a new window is read, so moving between months doesn't flicker.
 */
export function useOccurrences(fromUtc: number, toUtc: number): OccurrencesState {
  const [state, setState] = useState<{ occurrences: Occurrence[]; loaded: boolean; error: string | null }>({ occurrences: EMPTY, loaded: false, error: null });
  const latest = useRef(0);
  const read = useCallback(() => {
    const run = ++latest.current;
    eventsBetween(getDb(), fromUtc, toUtc)
      .then((events) => occurrencesBetween(events, fromUtc, toUtc))
      .then(
        (occurrences) => {
          // An older read that answers late must not replace a newer one.
          if (run === latest.current) setState({ occurrences, loaded: true, error: null });
        },
        (err: unknown) => {
          if (run === latest.current) setState((s) => ({ ...s, error: err instanceof Error ? err.message : String(err) }));
        },
      );
  }, [fromUtc, toUtc]);
  useLayoutEffect(() => {
    read();
    // A window that changes before its read answers leaves nothing to finish.
    return () => {
      latest.current += 1;
    };
  }, [read]);
  useEventsChanged(read);
  return { ...state, retry: read };
}
