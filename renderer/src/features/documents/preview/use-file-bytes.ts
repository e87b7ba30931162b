import { useEffect, useState } from 'react';
import { fetchFileBytes } from './fetch-file';

export type FileBytes =
  | { status: 'loading' }
  | { status: 'ready'; bytes: Uint8Array; truncated: boolean }
  | { status: 'failed' };

/** Loads a file for a preview, again when its content changes (`revision`: the version's hash). */
export function useFileBytes(url: string, revision: string, limit?: number): FileBytes {
  const [state, setState] = useState<{ key: string; value: FileBytes }>({ key: '', value: { status: 'loading' } });
  const key = `${url}#${revision}`;
  useEffect(() => {
    const controller = new AbortController();
    fetchFileBytes(url, controller.signal, limit)
      .then(({ bytes, truncated }) => setState({ key, value: { status: 'ready', bytes, truncated } }))
      .catch((err: Error) => {
        if (controller.signal.aborted) return;
        console.warn('Preview: could not load the file.', err);
        setState({ key, value: { status: 'failed' } });
      });
    return () => controller.abort();
  }, [url, key, limit]);
  // An answer for an older file is never shown for the new one.
  return state.key === key ? state.value : { status: 'loading' };
}
