import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';

/** The result of a Dexie query, read again whenever the records it read change; undefined until the first answer. */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): { value: T | undefined; error: Error | null } {
  const [state, setState] = useState<{ value: T | undefined; error: Error | null; key: readonly unknown[] }>({ value: undefined, error: null, key: deps });
  // A change of deps (another job) forgets the old answer at once rather than showing it under the new one.
  const stale = state.key.length !== deps.length || state.key.some((d, i) => !Object.is(d, deps[i]));
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null, key: deps }),
      error: (error: Error) => setState({ value: undefined, error, key: deps }),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the query depends on
  }, deps);
  return stale ? { value: undefined, error: null } : { value: state.value, error: state.error };
}
