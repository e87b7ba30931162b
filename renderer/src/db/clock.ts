import { localDateOf, type CalendarDate } from '../../../shared/domain/jobs';

let last = 0;

/**
 * Now as an ISO date-time that never repeats or goes back within a session: stage changes
 * on the same date are ordered by it, and two clicks in one millisecond must still differ.
 */
export function nowIso(): string {
  last = Math.max(Date.now(), last + 1);
  return new Date(last).toISOString();
}

/** Today's date on the user's computer. */
export function today(): CalendarDate {
  return localDateOf(new Date());
}

/** A new record id: a random UUID without dashes (fits RecordIdSchema). */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID().replace(/-/g, '');
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
