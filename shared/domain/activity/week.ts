import { addDays, daysBetween, toLocalDate, weekday, type CalendarDate } from '../jobs/calendar-date';

/** A Sunday-to-Saturday week, as the unemployment office counts them. */
export interface Week {
  /** The Sunday. */
  start: CalendarDate;
  /** The Saturday. */
  end: CalendarDate;
}

/**
 * The week (Sunday–Saturday, the user's local time) holding `iso`: a calendar date
 * 'YYYY-MM-DD', or a date-time, which is first turned into the local date it falls on.
 */
export function weekOf(iso: string): Week {
  const date = toLocalDate(iso);
  const start = addDays(date, -weekday(date));
  return { start, end: addDays(start, 6) };
}

/** The instants a week covers on this computer: local midnight Sunday up to (not including) the next one. */
export function weekInstants(week: Week): { from: Date; until: Date } {
  return { from: localMidnight(week.start), until: localMidnight(addDays(week.end, 1)) };
}

/** Every week from the one holding `from` to the one holding `to`, oldest first. */
export function weeksBetween(from: string, to: string): Week[] {
  const first = weekOf(from);
  const last = weekOf(to);
  const count = Math.floor(daysBetween(first.start, last.start) / 7) + 1;
  const weeks: Week[] = [];
  for (let i = 0; i < count; i++) weeks.push(weekOf(addDays(first.start, i * 7)));
  return weeks;
}

// new Date(y, m, d) is local midnight; where a clock change skips midnight it gives the
// first moment of that day instead, which is what "the start of the day" means there.
function localMidnight(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d);
}
