import type { CalendarDate } from '../../../../../shared/domain/jobs';

// Calendar dates have no time zone: they are read and formatted in UTC so no zone can shift the day.
function utc(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** A calendar date for reading: "Tue, Mar 5, 2024" (or "mar, 5 mar 2024"), in the user's language. */
export function formatDay(date: CalendarDate, language: string, withWeekday = true, withYear = true): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: 'UTC',
    weekday: withWeekday ? 'short' : undefined,
    month: 'short',
    day: 'numeric',
    year: withYear ? 'numeric' : undefined,
  }).format(utc(date));
}

/** A range of days, shortened the way the language does it: "Mar 3 – 9, 2024", "3–9 mar 2024". */
export function formatDayRange(from: CalendarDate, to: CalendarDate, language: string): string {
  const format = new Intl.DateTimeFormat(language, { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' });
  return format.formatRange(utc(from), utc(to));
}

/** An instant (ISO date-time) as a date in the user's time zone: "Mar 5, 2024". */
export function formatInstant(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}
