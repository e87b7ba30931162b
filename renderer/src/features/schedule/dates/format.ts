import type { TFunction } from 'i18next';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { Occurrence } from '../../../../../shared/domain/schedule';
import type { MonthKey } from './calendar-math';
import { daysCovered } from './placement';

// Making an Intl formatter costs far more than using one; a month view formats hundreds of labels.
const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let made = formats.get(key);
  if (!made) formats.set(key, (made = new Intl.DateTimeFormat(language, options)));
  return made;
}

// Calendar dates are formatted at noon UTC in UTC: the same day on every computer.
function noonUtc(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** "10:00 AM" / "10:00", on this computer's clock. */
export function formatTime(ms: number, language: string): string {
  return format(language, { hour: 'numeric', minute: '2-digit' }).format(ms);
}

/**
 * A start time as short as it reads clearly, for month chips: "2 PM" and "2:30 PM" where
 * clocks have AM and PM, "14:00" and "14:30" where they run to 24.
 */
export function formatShortTime(ms: number, language: string): string {
  const full = format(language, { hour: 'numeric', minute: '2-digit' });
  const twelveHour = /h1[12]/.test(full.resolvedOptions().hourCycle ?? '');
  return twelveHour && new Date(ms).getMinutes() === 0 ? format(language, { hour: 'numeric' }).format(ms) : full.format(ms);
}

/** A whole hour for the week view's side: "9 AM" / "9:00". */
export function formatHour(hour: number, language: string): string {
  return format(language, { hour: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, hour));
}

/** "Tuesday, December 9" / "martes, 9 de diciembre" — the weekday spelled out, for labels. */
export function formatLongDay(date: CalendarDate, language: string, withYear = false): string {
  return format(language, { weekday: 'long', month: 'long', day: 'numeric', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' }).format(noonUtc(date));
}

/** "Tue 9" for a column heading. */
export function formatColumnDay(date: CalendarDate, language: string): { weekday: string; day: string } {
  const d = noonUtc(date);
  return { weekday: format(language, { weekday: 'short', timeZone: 'UTC' }).format(d), day: format(language, { day: 'numeric', timeZone: 'UTC' }).format(d) };
}

/** "Sun", "Mon" … for month headings, with the full name for screen readers. */
export function formatWeekday(date: CalendarDate, language: string): { short: string; long: string } {
  const d = noonUtc(date);
  return { short: format(language, { weekday: 'short', timeZone: 'UTC' }).format(d), long: format(language, { weekday: 'long', timeZone: 'UTC' }).format(d) };
}

/** "December 2026" / "diciembre de 2026". */
export function formatMonth(month: MonthKey, language: string): string {
  return format(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(noonUtc(`${month}-01`));
}

/** "Dec 7 – 13, 2026", shortened the way the language does it. */
export function formatDayRange(first: CalendarDate, last: CalendarDate, language: string): string {
  return format(language, { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).formatRange(noonUtc(first), noonUtc(last));
}

/** "Tue, Dec 9, 2026" for lists and the event page. */
export function formatMediumDay(date: CalendarDate, language: string): string {
  return format(language, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(noonUtc(date));
}

/** When an occurrence happens, in words: "10:00 AM – 11:00 AM", "All day", or the dates of a longer one. */
export function occurrenceWhen(t: TFunction, occurrence: Occurrence, language: string): string {
  const { first, last } = daysCovered(occurrence);
  if (occurrence.allDay) return first === last ? t('schedule.when.allDay') : t('schedule.when.allDayRange', { range: formatDayRange(first, last, language) });
  const from = formatTime(occurrence.startUtc, language);
  const to = formatTime(occurrence.endUtc, language);
  if (first === last) return t('schedule.when.timeRange', { from, to });
  return t('schedule.when.acrossDays', { from: `${formatMediumDay(first, language)} ${from}`, to: `${formatMediumDay(last, language)} ${to}` });
}

/**
 * What a screen reader says for an event: "Interview with Acme, Tuesday, December 9, 10:00 AM
 * to 11:00 AM". Every chip, block and row carries it, so a glance and a listen tell the same.
 */
export function occurrenceLabel(t: TFunction, occurrence: Occurrence, language: string): string {
  const { first, last } = daysCovered(occurrence);
  const title = occurrence.event.title;
  const kind = t(`schedule.kinds.${occurrence.event.kind}`);
  if (occurrence.allDay) {
    if (first === last) return t('schedule.label.allDay', { title, kind, date: formatLongDay(first, language) });
    return t('schedule.label.allDayRange', { title, kind, from: formatLongDay(first, language), to: formatLongDay(last, language) });
  }
  const from = formatTime(occurrence.startUtc, language);
  const to = formatTime(occurrence.endUtc, language);
  if (first === last) return t('schedule.label.timed', { title, kind, date: formatLongDay(first, language), from, to });
  return t('schedule.label.acrossDays', { title, kind, from: `${formatLongDay(first, language)} ${from}`, to: `${formatLongDay(last, language)} ${to}` });
}

/** A length of time before an event, as people say it: "1 day", "1 hour", "15 minutes", "At the start". */
export function formatLead(t: TFunction, minutes: number): string {
  if (minutes === 0) return t('schedule.lead.atStart');
  if (minutes % 10080 === 0) return t('schedule.lead.weeks', { count: minutes / 10080 });
  if (minutes % 1440 === 0) return t('schedule.lead.days', { count: minutes / 1440 });
  if (minutes % 60 === 0) return t('schedule.lead.hours', { count: minutes / 60 });
  return t('schedule.lead.minutes', { count: minutes });
}
