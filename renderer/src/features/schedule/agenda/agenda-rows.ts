import type { CalendarDate } from '../../../../../shared/domain/jobs';
import { addDays } from '../../../../../shared/domain/jobs';
import type { Occurrence } from '../../../../../shared/domain/schedule';
import { compareOccurrences, daysCovered, occurrenceKey } from '../dates/placement';

/** A line of the agenda: a day's heading, or one event on that day. */
export type AgendaRow =
  | { kind: 'day'; key: string; date: CalendarDate; count: number }
  | { kind: 'event'; key: string; date: CalendarDate; occurrence: Occurrence };

/**
 * The agenda's lines: each day with events from `from` to `to` (inclusive), its heading
 * then its events in order. An event over several days is listed on each of them.
 */
export function agendaRows(occurrences: readonly Occurrence[], from: CalendarDate, to: CalendarDate): AgendaRow[] {
  const byDay = new Map<CalendarDate, Occurrence[]>();
  for (const occurrence of occurrences) {
    const { first, last } = daysCovered(occurrence);
    for (let day = first < from ? from : first; day <= last && day <= to; day = addDays(day, 1)) {
      const list = byDay.get(day);
      if (list) list.push(occurrence);
      else byDay.set(day, [occurrence]);
    }
  }
  const rows: AgendaRow[] = [];
  for (const date of [...byDay.keys()].sort()) {
    const list = byDay.get(date)!.sort(compareOccurrences);
    rows.push({ kind: 'day', key: `day-${date}`, date, count: list.length });
    for (const occurrence of list) rows.push({ kind: 'event', key: `${date}|${occurrenceKey(occurrence)}`, date, occurrence });
  }
  return rows;
}

/** The next event line from `index` in direction `step` (skipping headings), or -1. */
export function nextEventRow(rows: readonly AgendaRow[], index: number, step: number): number {
  for (let i = index + step; i >= 0 && i < rows.length; i += step) if (rows[i].kind === 'event') return i;
  return -1;
}
