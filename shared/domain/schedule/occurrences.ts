// Expands events into the occurrences a calendar window shows. Only events whose index
// range (rangeStartUtc..rangeEndUtc) meets the window are looked at, and a series is
// expanded only inside the window, so an endless series costs what one month of it costs.
import { isCalendarDate } from '../jobs/calendar-date';
import { compiledSeries, ruleStartsBetween } from './compiled-series';
import type { Occurrence, ScheduleEvent, WallTime } from './event';
import { addWallDays, dateInZone, defaultTimeZone, fromUtc, toUtc } from './time-zones';

/** The longest window one call expands: ten years covers any agenda, and nothing can ask for "for ever". */
export const MAX_WINDOW_MS = 10 * 366 * 86_400_000;
/** At most this many occurrences of one event per call (an hourly series over years would otherwise flood a view). */
export const MAX_OCCURRENCES_PER_EVENT = 5_000;

export interface OccurrenceOptions {
  /** The zone whose days all-day events fill; the computer's zone unless given. */
  viewZone?: string;
}

/** Wall times compare as text once trailing ':00' seconds are dropped. */
export function normaliseWall(wall: WallTime): WallTime {
  return wall.length === 19 && wall.endsWith(':00') ? wall.slice(0, 16) : wall;
}

/** The key under which an override replaces one occurrence of its series. */
export function overrideKey(seriesId: string, recurrenceId: WallTime): string {
  return `${seriesId}|${normaliseWall(recurrenceId)}`;
}

/** Whether [start, end) meets [from, to); an instant (start = end) counts when it lies inside. */
function overlaps(startUtc: number, endUtc: number, windowStart: number, windowEnd: number): boolean {
  return startUtc < windowEnd && (endUtc > windowStart || (endUtc === startUtc && startUtc >= windowStart));
}

/**
 * Every occurrence of `events` that meets [windowStart, windowEnd), sorted by start. Series are
 * expanded with their EXDATEs and RDATEs applied and the occurrences that an override
 * record replaces left out (the override appears in their place). Timed occurrences keep
 * their wall-clock time in their zone across DST; all-day ones fill whole days in `viewZone`.
 */
export function occurrencesBetween(
  events: readonly ScheduleEvent[],
  windowStart: number,
  windowEnd: number,
  options: OccurrenceOptions = {},
): Occurrence[] {
  if (!Number.isFinite(windowStart) || !Number.isFinite(windowEnd) || windowEnd - windowStart > MAX_WINDOW_MS) {
    throw new RangeError('Occurrences are expanded for a window of at most ten years.');
  }
  const viewZone = options.viewZone ?? defaultTimeZone();
  // The occurrences that overrides replace, by series: most series have none, and then
  // their occurrences need no look-up at all.
  const overridden = new Map<string, Set<WallTime>>();
  for (const e of events) {
    if (!e.override) continue;
    let replaced = overridden.get(e.override.seriesId);
    if (!replaced) overridden.set(e.override.seriesId, (replaced = new Set()));
    replaced.add(normaliseWall(e.override.recurrenceId));
  }

  const found: Occurrence[] = [];
  for (const event of events) {
    if (event.rangeStartUtc >= windowEnd || event.rangeEndUtc < windowStart) continue;
    if (event.recurrence) expandSeries(event, windowStart, windowEnd, viewZone, overridden, found);
    else {
      const single = singleOccurrence(event, viewZone);
      if (overlaps(single.startUtc, single.endUtc, windowStart, windowEnd)) found.push(single);
    }
  }
  return found.sort(
    (a, b) => a.startUtc - b.startUtc || Number(b.allDay) - Number(a.allDay) || (a.event.title < b.event.title ? -1 : a.event.title > b.event.title ? 1 : 0),
  );
}

/** The one occurrence of an event that does not repeat (an override is one of these, tagged with its series). */
export function singleOccurrence(event: ScheduleEvent, viewZone: string = defaultTimeZone()): Occurrence {
  const seriesId = event.override?.seriesId ?? null;
  if (event.allDay) return allDayOccurrence(event, event.start.slice(0, 10), allDayEnd(event), viewZone, seriesId);
  return {
    eventId: event.id,
    seriesId,
    start: event.start,
    end: event.end,
    startUtc: toUtc(event.start, event.timeZone),
    endUtc: toUtc(event.end, event.timeZone),
    timeZone: event.timeZone,
    allDay: false,
    event,
  };
}

/** An all-day event ends on its exclusive end date; an end on or before the start means one day. */
function allDayEnd(event: ScheduleEvent): string {
  const start = event.start.slice(0, 10);
  const end = event.end.slice(0, 10);
  return end > start ? end : addWallDays(start, 1);
}

function allDayOccurrence(event: ScheduleEvent, start: string, end: string, viewZone: string, seriesId: string | null): Occurrence {
  return {
    eventId: event.id,
    seriesId,
    start,
    end,
    startUtc: toUtc(start, viewZone),
    endUtc: toUtc(end, viewZone),
    timeZone: viewZone,
    allDay: true,
    event,
  };
}

function expandSeries(
  event: ScheduleEvent,
  windowStart: number,
  windowEnd: number,
  viewZone: string,
  overridden: ReadonlyMap<string, ReadonlySet<WallTime>>,
  found: Occurrence[],
): void {
  const series = compiledSeries(event);
  const recurrence = event.recurrence!;
  // A month view expands a couple of hundred series; the checks each occurrence needs are
  // only built when the series has something to check (most have no EXDATE, RDATE or override).
  const excluded = recurrence.exdates.length > 0 ? new Set(recurrence.exdates.map(normaliseWall)) : null;
  const replaced = overridden.get(event.id);
  // Rule starts never repeat; only an RDATE can fall on one of them.
  const seen = recurrence.rdates.length > 0 ? new Set<string>() : null;
  let count = 0;
  const keep = (wall: WallTime): boolean => {
    if (count >= MAX_OCCURRENCES_PER_EVENT) return false;
    // A date-only EXDATE on a timed series (some producers write them) removes that whole day.
    if (excluded && (excluded.has(wall) || (!event.allDay && excluded.has(wall.slice(0, 10))))) return false;
    if (replaced?.has(normaliseWall(wall))) return false;
    if (seen) {
      if (seen.has(wall)) return false;
      seen.add(wall);
    }
    count += 1;
    return true;
  };

  if (event.allDay) {
    // All-day rules run on UTC midnights; widen by the event's length and a day for zone offsets.
    const first = addWallDays(dateInZone(windowStart, viewZone), -series.durationDays - 1);
    const last = addWallDays(dateInZone(windowEnd, viewZone), 1);
    const starts = ruleStartsBetween(series, toUtc(first, 'UTC'), toUtc(last, 'UTC')).map((ms) => new Date(ms).toISOString().slice(0, 10));
    for (const rdate of recurrence.rdates) if (rdate.slice(0, 10) >= first && rdate.slice(0, 10) <= last) starts.push(rdate.slice(0, 10));
    for (const start of starts.sort()) {
      const occurrence = allDayOccurrence(event, start, addWallDays(start, series.durationDays), viewZone, event.id);
      if (overlaps(occurrence.startUtc, occurrence.endUtc, windowStart, windowEnd) && keep(start)) found.push(occurrence);
    }
    return;
  }

  const starts = ruleStartsBetween(series, windowStart - series.durationMs, windowEnd);
  for (const rdate of recurrence.rdates) {
    const ms = toUtc(isCalendarDate(rdate) ? `${rdate}T${event.start.slice(11)}` : rdate, event.timeZone);
    if (ms >= windowStart - series.durationMs && ms < windowEnd) starts.push(ms);
  }
  for (const startUtc of starts.sort((a, b) => a - b)) {
    const endUtc = startUtc + series.durationMs;
    if (!overlaps(startUtc, endUtc, windowStart, windowEnd)) continue;
    const start = fromUtc(startUtc, event.timeZone);
    if (!keep(start)) continue;
    found.push({
      eventId: event.id,
      seriesId: event.id,
      start,
      end: fromUtc(endUtc, event.timeZone),
      startUtc,
      endUtc,
      timeZone: event.timeZone,
      allDay: false,
      event,
    });
  }
}

