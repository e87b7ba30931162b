// Reads of a window's occurrences, shared until an event is written, and a tiny store of
// their answers that views follow with useSyncExternalStore (see use-occurrences).
//
// The month view starts its read while the page renders, not after it commits: IndexedDB
// then answers while React is still building the page. Sharing makes that safe: a render
// React throws away, or a second view of the same window, joins the read under way. And
// an answer that arrives before React has shown the page goes straight into it, with no
// "Loading" frame in between.
import Dexie from 'dexie';
import { defaultTimeZone, occurrencesBetween, type Occurrence } from '../../../../../shared/domain/schedule';
import type { CareerDb } from '../../../db/career-db';
import { eventsBetween } from '../../../db/events-table';

/** Where a window's read stands: its occurrences once read, or why it failed. A new object each time it changes. */
export interface WindowState {
  occurrences: Occurrence[] | null;
  error: string | null;
}

/** No answer yet. */
export const NO_ANSWER: WindowState = Object.freeze({ occurrences: null, error: null });

// The state of a window not read yet. Replaced whenever the reads go stale, so a view that was
// waiting for a read that a write made stale sees a change, draws again and reads anew.
let pending: WindowState = NO_ANSWER;

interface SharedRead {
  db: CareerDb;
  key: string;
  answer: Promise<Occurrence[]>;
  state: WindowState;
}

/** A few windows at once (Home's week, the month, the one before it); more than the views ever show together, or they would push each other's reads out. */
const KEEP = 8;
let reads: SharedRead[] = [];
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

// Any write to an events table (in this window or another: Dexie passes the news on) makes
// every shared read stale; the views following them read again as they draw.
const EVENTS_PART = /^idb:\/\/[^/]+\/events\//;
Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
  if (!Object.keys(parts).some((part) => EVENTS_PART.test(part))) return;
  reads = [];
  pending = Object.freeze({ occurrences: null, error: null });
  changed();
});

// The zone is part of the key: all-day events fill the days of the computer's zone.
const keyOf = (fromUtc: number, toUtc: number) => `${fromUtc}|${toUtc}|${defaultTimeZone()}`;

/**
 * Every occurrence in [fromUtc, toUtc), sorted by start. The same window asked for again
 * before any event changes gets the same answer (the same promise); `fresh` reads anew
 * (Try again after a failure).
 */
export function readOccurrences(db: CareerDb, fromUtc: number, toUtc: number, fresh = false): Promise<Occurrence[]> {
  const key = keyOf(fromUtc, toUtc);
  const known = fresh ? undefined : reads.find((read) => read.db === db && read.key === key);
  if (known) return known.answer;
  const read: SharedRead = { db, key, state: pending, answer: eventsBetween(db, fromUtc, toUtc).then((events) => occurrencesBetween(events, fromUtc, toUtc)) };
  read.answer.then(
    (occurrences) => settle(read, { occurrences, error: null }),
    (err: unknown) => settle(read, { occurrences: null, error: err instanceof Error ? err.message : String(err) }),
  );
  reads = [read, ...reads.filter((r) => !(r.db === db && r.key === key))].slice(0, KEEP);
  if (fresh) changed();
  return read.answer;
}

function settle(read: SharedRead, state: WindowState): void {
  read.state = state;
  // A read replaced or dropped meanwhile (a write came) tells nobody: its answer is stale.
  if (reads.includes(read)) changed();
}

/** The window's state now: without occurrences or error until its read answers. */
export function windowState(db: CareerDb, fromUtc: number, toUtc: number): WindowState {
  const key = keyOf(fromUtc, toUtc);
  return reads.find((read) => read.db === db && read.key === key)?.state ?? pending;
}

/** Calls `listener` whenever a read answers or the reads go stale; returns the unsubscribe. */
export function subscribeReads(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
