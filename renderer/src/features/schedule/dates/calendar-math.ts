import { addDays, calendarDate, isCalendarDate, weekday, type CalendarDate } from '../../../../../shared/domain/jobs';

/** A month as 'YYYY-MM'. */
export type MonthKey = string;

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for 'YYYY-MM' with a year from 1900 to 2100 (the range the form accepts). */
export function isMonthKey(value: string | undefined): value is MonthKey {
  const m = value ? MONTH_KEY.exec(value) : null;
  return m !== null && +m[1] >= 1900 && +m[1] <= 2100;
}

/** True for a real 'YYYY-MM-DD' date from 1900 to 2100. */
export function isViewDate(value: string | undefined): value is CalendarDate {
  if (!value || !isCalendarDate(value)) return false;
  const year = +value.slice(0, 4);
  return year >= 1900 && year <= 2100;
}

/** The month a date is in. */
export function monthOf(date: CalendarDate): MonthKey {
  return date.slice(0, 7);
}

/** The first day of a month. */
export function firstOfMonth(month: MonthKey): CalendarDate {
  return `${month}-01`;
}

/** The month `n` months later (earlier when negative). */
export function addMonths(month: MonthKey, n: number): MonthKey {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return calendarDate(Math.floor(index / 12), (index % 12) + 1, 1).slice(0, 7);
}

/** The same day `n` months later, kept inside the target month (31 January + 1 month = 28 or 29 February). */
export function addMonthsToDate(date: CalendarDate, n: number): CalendarDate {
  const month = addMonths(monthOf(date), n);
  const last = daysInMonth(month);
  return `${month}-${String(Math.min(+date.slice(8, 10), last)).padStart(2, '0')}`;
}

/** How many days a month has. */
export function daysInMonth(month: MonthKey): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const weekStarts = new Map<string, number>();

/**
 * The day a week starts on in the user's language (0 = Sunday, 1 = Monday …): Sunday in
 * American English, Monday in Spanish, as their calendars print it.
 */
export function weekStartFor(language: string): number {
  let start = weekStarts.get(language);
  if (start === undefined) {
    start = 0;
    try {
      const locale = new Intl.Locale(language) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
      const info = locale.getWeekInfo?.() ?? locale.weekInfo;
      if (info) start = info.firstDay % 7;
    } catch {
      // An engine without week data: Sunday, as in the US.
    }
    weekStarts.set(language, start);
  }
  return start;
}

/** The first day of the week that holds `date`. */
export function startOfWeek(date: CalendarDate, weekStart: number): CalendarDate {
  return addDays(date, -((weekday(date) - weekStart + 7) % 7));
}

/** The seven days of the week that holds `date`, in order. */
export function weekDays(date: CalendarDate, weekStart: number): CalendarDate[] {
  const first = startOfWeek(date, weekStart);
  return Array.from({ length: 7 }, (_, i) => addDays(first, i));
}

/**
 * The days a month view shows: whole weeks from the week holding the 1st to the week
 * holding the last day (four to six rows), so every row has seven cells.
 */
export function monthGrid(month: MonthKey, weekStart: number): CalendarDate[][] {
  const first = startOfWeek(firstOfMonth(month), weekStart);
  const last = `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
  const rows: CalendarDate[][] = [];
  for (let day = first; day <= last; day = addDays(day, 7)) rows.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)));
  return rows;
}

/** Midnight at the start of a local calendar date, as UTC ms, on this computer's clock. */
export function localMidnight(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d).getTime();
}

/** The UTC ms window [from, to) that covers the given local dates, a day of margin each side for events in other zones. */
export function windowFor(first: CalendarDate, last: CalendarDate): { fromUtc: number; toUtc: number } {
  return { fromUtc: localMidnight(addDays(first, -1)), toUtc: localMidnight(addDays(last, 2)) };
}
