// Dates the user picks ("I applied last Tuesday") are calendar dates, 'YYYY-MM-DD', with
// no time and no zone: the same day wherever the laptop travels. Arithmetic on them runs
// in UTC, where every day has 24 hours, so daylight-saving changes cannot shift a day.
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A calendar date as 'YYYY-MM-DD'. */
export type CalendarDate = string;

/** True for a real 'YYYY-MM-DD' date (2024-02-30 is refused). */
export function isCalendarDate(value: string): boolean {
  const m = CALENDAR_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Formats a year, month (1–12) and day as 'YYYY-MM-DD'. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The user's local calendar date at an instant (their computer's time zone). */
export function localDateOf(instant: Date): CalendarDate {
  return calendarDate(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}

/** Reads an ISO calendar date, or an ISO date-time converted to the local date it falls on. */
export function toLocalDate(iso: string): CalendarDate {
  if (isCalendarDate(iso)) return iso;
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`"${iso}" is not an ISO date.`);
  return localDateOf(instant);
}

function utcMs(date: CalendarDate): number {
  const m = CALENDAR_DATE.exec(date);
  if (!m || !isCalendarDate(date)) throw new RangeError(`"${date}" is not a YYYY-MM-DD date.`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3]);
}

/** The date `days` later (or earlier when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(utcMs(date) + days * DAY_MS);
  return calendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  return new Date(utcMs(date)).getUTCDay();
}
