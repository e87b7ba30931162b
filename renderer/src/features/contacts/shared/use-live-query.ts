import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';

/** What a live query has produced so far. `value` stays while a changed query runs again, so lists don't flicker. */
export interface LiveQueryState<T> {
  value: T | undefined;
  /** The last failure, in words the user can read; null once a run succeeds. */
  error: string | null;
  loaded: boolean;
}

/**
 * Runs a Dexie query and runs it again whenever a table it read changes, in this window
 * or another. `query` must be memoised (useCallback): a new function starts a new run.
 * `retry` runs it again after a failure.
 */
export function useLiveQuery<T>(query: () => Promise<T>): LiveQueryState<T> & { retry(): void } {
  const [state, setState] = useState<LiveQueryState<T>>({ value: undefined, error: null, loaded: false });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null, loaded: true }),
      error: (err: unknown) => setState((s) => ({ ...s, error: err instanceof Error ? err.message : String(err) })),
    });
    return () => subscription.unsubscribe();
  }, [query, attempt]);
  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
