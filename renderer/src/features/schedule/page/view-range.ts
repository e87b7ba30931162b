import { addDays, type CalendarDate } from '../../../../../shared/domain/jobs';
import { addMonthsToDate, monthGrid, weekDays, windowFor } from '../dates/calendar-math';
import type { ScheduleRoute } from '../paths';

/** How far the agenda looks ahead from its first day. */
export const AGENDA_DAYS = 365;

/** What a view shows: its days (first to last), the UTC window its events are read for, and where Previous and Next go. */
export interface ViewRange {
  first: CalendarDate;
  last: CalendarDate;
  /** The grid's days (month: whole weeks; week: seven; day: one); empty for the agenda. */
  days: CalendarDate[];
  fromUtc: number;
  toUtc: number;
  previous: CalendarDate;
  next: CalendarDate;
}

/** The range of a schedule route. */
export function viewRange({ view, anchor }: ScheduleRoute, weekStart: number): ViewRange {
  let days: CalendarDate[];
  let first: CalendarDate;
  let last: CalendarDate;
  let step: (date: CalendarDate, n: number) => CalendarDate;
  if (view === 'month') {
    days = monthGrid(anchor.slice(0, 7), weekStart).flat();
    step = addMonthsToDate;
  } else if (view === 'week') {
    days = weekDays(anchor, weekStart);
    step = (date, n) => addDays(date, 7 * n);
  } else if (view === 'day') {
    days = [anchor];
    step = addDays;
  } else {
    days = [];
    step = addMonthsToDate;
  }
  if (view === 'agenda') {
    first = anchor;
    last = addDays(anchor, AGENDA_DAYS - 1);
  } else {
    first = days[0];
    last = days[days.length - 1];
  }
  return { first, last, days, ...windowFor(first, last), previous: step(anchor, -1), next: step(anchor, 1) };
}
