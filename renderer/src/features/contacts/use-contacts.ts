import { useCallback, useMemo } from 'react';
import { foldForSearch } from '../../../../shared/domain/text/fold';
import { getDb, listContacts, type ContactRow } from '../../db';
import { useLiveQuery } from './shared/use-live-query';

/** Every contact by name, kept current as contacts are added, changed or deleted anywhere. */
export function useContacts() {
  const load = useCallback(() => listContacts(getDb()), []);
  return useLiveQuery(load);
}

/** The contacts whose name or employer holds every word of `query` (case and accents ignored). */
export function useContactSearch(contacts: readonly ContactRow[] | undefined, query: string): ContactRow[] {
  return useMemo(() => {
    const all = contacts ?? [];
    const words = foldForSearch(query).split(' ').filter(Boolean);
    if (words.length === 0) return [...all];
    return all.filter((c) => {
      const text = foldForSearch(`${c.name} ${c.employer}`);
      return words.every((w) => text.includes(w));
    });
  }, [contacts, query]);
}
