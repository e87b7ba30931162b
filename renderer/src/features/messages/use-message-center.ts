import { useCallback } from 'react';
import type { Message } from '../../../../shared/domain/messages';
import { getDb, listMessages, type CareerDb, type ContactRow, type JobRow } from '../../db';
import { useLiveQuery } from '../contacts/shared/use-live-query';

/** The correspondence log with what it points at, so threads can be titled and letters linked. */
export interface MessageCenterData {
  messages: Message[];
  jobs: ReadonlyMap<string, JobRow>;
  contacts: ReadonlyMap<string, ContactRow>;
  /** Letters that still exist (a message keeps its letter's id after the letter is deleted). */
  letterIds: ReadonlySet<string>;
}

const present = <T,>(rows: (T | undefined)[]): T[] => rows.filter((r): r is T => r !== undefined);

/** Reads the log and the jobs, people and letters it mentions, in one pass. */
export async function loadMessageCenter(db: CareerDb, messages?: Message[]): Promise<MessageCenterData> {
  const all = messages ?? (await listMessages(db));
  const ids = (pick: (m: Message) => string | null) => [...new Set(all.map(pick).filter((id): id is string => id !== null))];
  const [jobs, contacts, letters] = await Promise.all([
    db.jobs.bulkGet(ids((m) => m.jobId)),
    db.contacts.bulkGet(ids((m) => m.contactId)),
    db.letters.bulkGet(ids((m) => m.letterId)),
  ]);
  return {
    messages: all,
    jobs: new Map(present(jobs).map((j) => [j.id, j])),
    contacts: new Map(present(contacts).map((c) => [c.id, c])),
    letterIds: new Set(present(letters).map((l) => l.id)),
  };
}

/** The message center's data, kept current as messages, letters, jobs or people change anywhere. */
export function useMessageCenter() {
  const load = useCallback(() => loadMessageCenter(getDb()), []);
  return useLiveQuery(load);
}
