import type { Message } from './message';

/** How the message center groups the log: one thread per job, or per person. */
export type ThreadBy = 'job' | 'contact';

/** Messages about one job (or with one person); `key` null holds those linked to none. */
export interface MessageThread<M extends Message = Message> {
  key: string | null;
  /** Newest first. */
  messages: M[];
  /** The newest message's date: threads with recent news come first. */
  latest: string;
}

/** Newest first: by the day it happened, then by when it was written down. */
export function newestFirst(a: Pick<Message, 'at' | 'createdAt'>, b: Pick<Message, 'at' | 'createdAt'>): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}

/**
 * Groups the correspondence log into threads by job or by contact. Threads with the most
 * recent message come first; the thread of messages linked to nothing comes last, so the
 * conversations about real jobs stay at the top.
 */
export function threadMessages<M extends Message>(messages: readonly M[], by: ThreadBy): MessageThread<M>[] {
  const groups = new Map<string | null, M[]>();
  for (const message of messages) {
    const key = by === 'job' ? message.jobId : message.contactId;
    const group = groups.get(key);
    if (group) group.push(message);
    else groups.set(key, [message]);
  }
  const threads = [...groups].map(([key, list]) => {
    const sorted = [...list].sort(newestFirst);
    return { key, messages: sorted, latest: sorted[0].at };
  });
  return threads.sort((a, b) => {
    if ((a.key === null) !== (b.key === null)) return a.key === null ? 1 : -1;
    if (a.latest !== b.latest) return a.latest < b.latest ? 1 : -1;
    return newestFirst(a.messages[0], b.messages[0]);
  });
}
