import { addDays, localDateOf, type CalendarDate } from '../../../../../shared/domain/jobs';
import type { Occurrence } from '../../../../../shared/domain/schedule';
import { localMidnight } from './calendar-math';

/** One occurrence's identity on screen: the event and the start it has in this series. */
export function occurrenceKey(occurrence: Pick<Occurrence, 'eventId' | 'start'>): string {
  return `${occurrence.eventId}@${occurrence.start}`;
}

/** Minutes since local midnight of an instant, on this computer's clock. */
export function localMinutes(ms: number): number {
  const d = new Date(ms);
  return d.getHours() * 60 + d.getMinutes();
}

/**
 * The local days an occurrence covers. All-day events keep their dates whatever the zone
 * (their end date is exclusive, as in iCalendar); timed ones are shown where they happen
 * on this computer's clock, so a 10:00 New York call appears at 7:00 in Los Angeles.
 */
export function daysCovered(occurrence: Occurrence): { first: CalendarDate; last: CalendarDate } {
  if (occurrence.allDay) {
    const first = occurrence.start.slice(0, 10);
    const end = occurrence.end.slice(0, 10);
    return { first, last: end > first ? addDays(end, -1) : first };
  }
  const first = localDateOf(new Date(occurrence.startUtc));
  // An event ending at midnight does not spill into the next day.
  const last = occurrence.endUtc > occurrence.startUtc ? localDateOf(new Date(occurrence.endUtc - 1)) : first;
  return { first, last: last < first ? first : last };
}

/** All-day first, then by start time, then by title: the order every view lists a day in. */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  if (a.allDay !== b.allDay) return a.allDay ? -1 : 1;
  return a.startUtc - b.startUtc || a.endUtc - b.endUtc || a.event.title.localeCompare(b.event.title);
}

/** The index of the day whose [start, next start) holds `ms`: `starts` ascending, `ms` at or after starts[0]. */
function dayIndex(starts: readonly number[], ms: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= ms) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The occurrences on each of `days` (consecutive, in view order), for month cells and week
 * columns. Timed occurrences are placed by comparing instants with the days' local
 * midnights (the same days daysCovered names), so a month's ~1,500 occurrences need no date
 * text built for each; all-day ones keep their dates.
 */
export function occurrencesByDay(occurrences: readonly Occurrence[], days: readonly CalendarDate[]): Map<CalendarDate, Occurrence[]> {
  const lists = days.map((): Occurrence[] => []);
  const byDay = new Map<CalendarDate, Occurrence[]>(days.map((d, i) => [d, lists[i]]));
  if (days.length === 0) return byDay;
  const firstShown = days[0];
  const lastShown = days[days.length - 1];
  const starts = days.map(localMidnight);
  const shownEnd = localMidnight(addDays(lastShown, 1));
  for (const occurrence of occurrences) {
    if (occurrence.allDay) {
      const { first, last } = daysCovered(occurrence);
      if (last < firstShown || first > lastShown) continue;
      for (let day = first < firstShown ? firstShown : first; day <= last && day <= lastShown; day = addDays(day, 1)) byDay.get(day)?.push(occurrence);
      continue;
    }
    // As daysCovered: an event ending at midnight does not spill into the next day.
    const lastMs = occurrence.endUtc > occurrence.startUtc ? occurrence.endUtc - 1 : occurrence.startUtc;
    if (lastMs < starts[0] || occurrence.startUtc >= shownEnd) continue;
    const from = occurrence.startUtc < starts[0] ? 0 : dayIndex(starts, occurrence.startUtc);
    const to = lastMs >= shownEnd ? days.length - 1 : dayIndex(starts, lastMs);
    for (let i = from; i <= to; i++) lists[i].push(occurrence);
  }
  for (const list of lists) list.sort(compareOccurrences);
  return byDay;
}
