import { useCallback } from 'react';
import { normaliseWall, occurrencesBetween, toUtc, type Occurrence, type ScheduleEvent, type WallTime } from '../../../../../shared/domain/schedule';
import { getDb } from '../../../db/career-db';
import { overridesOf } from '../../../db/events-table';
import { useLiveQuery } from '../../contacts/shared/use-live-query';

const DAY_MS = 86_400_000;

/** What an event page shows: the record, and the occurrence it is about. */
export interface EventPageData {
  event: ScheduleEvent | null;
  /** The occurrence asked for (or, for a series without one, the next one from now; else the first). */
  occurrence: Occurrence | null;
  /** When the occurrence asked for was edited on its own: the record that now holds it. */
  movedTo: ScheduleEvent | null;
}

/** Finds the occurrence of a series that starts at `at` (as the series produced it). */
function occurrenceAt(series: ScheduleEvent, at: WallTime): Occurrence | null {
  // All-day occurrences are placed in the viewer's zone; two days either side covers every zone.
  const around = toUtc(at, series.allDay ? 'UTC' : series.timeZone);
  const found = occurrencesBetween([series], around - 2 * DAY_MS, around + 2 * DAY_MS);
  return found.find((o) => normaliseWall(o.start) === normaliseWall(at)) ?? null;
}

async function readEventPage(id: string, at: string | null): Promise<EventPageData> {
  const db = getDb();
  const event = (await db.events.get(id)) ?? null;
  if (!event) return { event: null, occurrence: null, movedTo: null };
  if (!event.recurrence) return { event, occurrence: occurrencesBetween([event], event.rangeStartUtc - DAY_MS, event.rangeEndUtc + DAY_MS)[0] ?? null, movedTo: null };
  const overrides = await overridesOf(db, id);
  if (at) {
    const movedTo = overrides.find((o) => o.override && normaliseWall(o.override.recurrenceId) === normaliseWall(at)) ?? null;
    return { event, occurrence: movedTo ? null : occurrenceAt(event, at), movedTo };
  }
  // A series opened without a date: its next occurrence within a year, else its first.
  const now = Date.now();
  const next = occurrencesBetween([event, ...overrides], now, now + 366 * DAY_MS).find((o) => o.eventId === id);
  const first = next ?? occurrencesBetween([event], event.rangeStartUtc, event.rangeStartUtc + 366 * DAY_MS)[0] ?? null;
  return { event, occurrence: first, movedTo: null };
}

/** The event page's record and occurrence, read again whenever the event changes. */
export function useEventOccurrence(id: string, at: string | null) {
  return useLiveQuery(useCallback(() => readEventPage(id, at), [id, at]));
}
