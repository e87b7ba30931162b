import { useCallback } from 'react';
import { getDb, listContacts } from '../../../db';
import { useLiveQuery } from '../../contacts/shared/use-live-query';

const byText = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The jobs (by title) and people (by name) a letter can be linked to, kept current. */
export function useLinkChoices() {
  const load = useCallback(async () => {
    const db = getDb();
    const [jobs, contacts] = await Promise.all([db.jobs.toArray(), listContacts(db)]);
    return { jobs: jobs.sort((a, b) => byText.compare(a.title, b.title)), contacts };
  }, []);
  return useLiveQuery(load);
}
