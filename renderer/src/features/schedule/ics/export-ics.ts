import { toIcs, type ScheduleEvent } from '../../../../../shared/domain/schedule';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { CareerDb } from '../../../db/career-db';
import { eventsBetween, overridesOf } from '../../../db/events-table';
import { downloadFile } from '../../activity/download';
import { localMidnight } from '../dates/calendar-math';
import { addDays } from '../../../../../shared/domain/jobs';

/** A file name every system accepts: letters, digits and dashes from the title, at most 60 of them. */
function safeName(title: string): string {
  const cleaned = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return cleaned || 'event';
}

/** Offers iCalendar text as a .ics download. */
function offer(name: string, text: string): void {
  downloadFile(name, new Blob([text], { type: 'text/calendar;charset=utf-8' }));
}

/** Downloads one event as .ics; a series goes with its changed occurrences, so other calendars show it the same. */
export async function exportEvent(db: CareerDb, event: ScheduleEvent): Promise<void> {
  const overrides = event.recurrence ? await overridesOf(db, event.id) : [];
  offer(`${safeName(event.title)}.ics`, toIcs([event, ...overrides]));
}

/**
 * Downloads the events from `from` to `to` (inclusive days, on this computer's calendar).
 * Resolves to how many events went into the file (0 offers nothing).
 */
export async function exportRange(db: CareerDb, from: CalendarDate, to: CalendarDate): Promise<number> {
  const fromUtc = localMidnight(from);
  const toUtc = localMidnight(addDays(to, 1));
  const events = await eventsBetween(db, fromUtc, toUtc);
  if (events.length === 0) return 0;
  offer(`schedule-${from}-to-${to}.ics`, toIcs(events, { from: fromUtc, to: toUtc }));
  return events.length;
}
