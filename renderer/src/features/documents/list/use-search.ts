import { useEffect, useState } from 'react';
import type { DocumentKind, SearchHit } from '../../../../../shared/contract';
import { useClient } from '../../../api/context';
import { useDocuments } from '../store';

const DEBOUNCE_MS = 120;
/** The most hits asked for; when this many come back there may be more. */
export const SEARCH_LIMIT = 200;

export interface SearchState {
  /** null when there is no query (show the whole list). */
  hits: SearchHit[] | null;
  searching: boolean;
  error: string | null;
}

/**
 * Full-text search as the user types: waits 120 ms after the last key, and ignores
 * answers to older queries so results never jump back. Runs again when documents change.
 */
export function useSearch(query: string, kind: DocumentKind, tag: string | null): SearchState {
  const client = useClient();
  const byId = useDocuments((s) => s.byId);
  const [state, setState] = useState<SearchState>({ hits: null, searching: false, error: null });
  const trimmed = query.trim();
  // Starting or clearing a search changes what is shown at once, without waiting for the timer.
  const [shownFor, setShownFor] = useState(trimmed);
  if (shownFor !== trimmed) {
    setShownFor(trimmed);
    setState((s) => (trimmed ? { ...s, searching: true } : { hits: null, searching: false, error: null }));
  }
  useEffect(() => {
    if (!trimmed) return;
    let current = true;
    const timer = setTimeout(() => {
      client
        .send('documents-search', { query: trimmed, kind, ...(tag ? { tag } : {}), limit: SEARCH_LIMIT })
        .then((hits) => current && setState({ hits, searching: false, error: null }))
        .catch((err: Error) => current && setState({ hits: [], searching: false, error: err.message }));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, trimmed, kind, tag, byId]);
  return state;
}
