import type { TFunction } from 'i18next';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { EventKind, Occurrence } from '../../../../../shared/domain/schedule';
import type { MonthKey } from './calendar-math';
import { label } from '../../../i18n/label-templates';
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

// Even a made formatter costs microseconds a call, and a month view asks for the same few
// dates and clock times hundreds of times (each chip names its day and times). A text
// depends only on the language and the date or the clock time, so it is kept; the caps
// just stop a long session growing the maps without end.
const TEXT_CAP = 2_000;
const texts = new Map<string, string>();

function remembered(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size >= TEXT_CAP) texts.clear();
    texts.set(key, (text = make()));
  }
  return text;
}

/** "10:00 AM" / "10:00", on this computer's clock. */
export function formatTime(ms: number, language: string): string {
  // Hours and minutes are all it shows, so the local clock time is the whole key.
  const d = new Date(ms);
  return remembered(`t|${language}|${d.getHours()}:${d.getMinutes()}`, () => format(language, { hour: 'numeric', minute: '2-digit' }).format(ms));
}

const twelveHourClocks = new Map<string, boolean>();

/** Whether the language's clock has AM and PM (asked once per language: resolvedOptions() builds a new object each call). */
function usesTwelveHours(language: string): boolean {
  let twelve = twelveHourClocks.get(language);
  if (twelve === undefined) {
    twelve = /h1[12]/.test(format(language, { hour: 'numeric', minute: '2-digit' }).resolvedOptions().hourCycle ?? '');
    twelveHourClocks.set(language, twelve);
  }
  return twelve;
}

/**
 * A start time as short as it reads clearly, for month chips: "2 PM" and "2:30 PM" where
 * clocks have AM and PM, "14:00" and "14:30" where they run to 24.
 */
export function formatShortTime(ms: number, language: string): string {
  const d = new Date(ms);
  if (!usesTwelveHours(language) || d.getMinutes() !== 0) return formatTime(ms, language);
  return remembered(`h|${language}|${d.getHours()}`, () => format(language, { hour: 'numeric' }).format(ms));
}

/** A whole hour for the week view's side: "9 AM" / "9:00". */
export function formatHour(hour: number, language: string): string {
  return format(language, { hour: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, hour));
}

/** "Tuesday, December 9" / "martes, 9 de diciembre" — the weekday spelled out, for labels. */
export function formatLongDay(date: CalendarDate, language: string, withYear = false): string {
  return remembered(`d|${language}|${date}|${withYear}`, () =>
    format(language, { weekday: 'long', month: 'long', day: 'numeric', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' }).format(noonUtc(date)),
  );
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

// A kind's name, asked once per translation function (a new language brings a new one)
// rather than once per chip: eight names, a hundred chips.
const kindNames = new WeakMap<TFunction, Map<EventKind, string>>();

function kindName(t: TFunction, kind: EventKind): string {
  let names = kindNames.get(t);
  if (!names) kindNames.set(t, (names = new Map()));
  let name = names.get(kind);
  if (name === undefined) names.set(kind, (name = t(`schedule.kinds.${kind}`)));
  return name;
}

/**
 * What a screen reader says for an event: "Interview with Acme, Tuesday, December 9, 10:00 AM
 * to 11:00 AM". Every chip, block and row carries it, so a glance and a listen tell the same.
 */
export function occurrenceLabel(t: TFunction, occurrence: Occurrence, language: string): string {
  const { first, last } = daysCovered(occurrence);
  const title = occurrence.event.title;
  const kind = kindName(t, occurrence.event.kind);
  if (occurrence.allDay) {
    if (first === last) return label(t, 'schedule.label.allDay', { title, kind, date: formatLongDay(first, language) });
    return label(t, 'schedule.label.allDayRange', { title, kind, from: formatLongDay(first, language), to: formatLongDay(last, language) });
  }
  const from = formatTime(occurrence.startUtc, language);
  const to = formatTime(occurrence.endUtc, language);
  if (first === last) return label(t, 'schedule.label.timed', { title, kind, date: formatLongDay(first, language), from, to });
  return label(t, 'schedule.label.acrossDays', { title, kind, from: `${formatLongDay(first, language)} ${from}`, to: `${formatLongDay(last, language)} ${to}` });
}

/** A length of time before an event, as people say it: "1 day", "1 hour", "15 minutes", "At the start". */
export function formatLead(t: TFunction, minutes: number): string {
  if (minutes === 0) return t('schedule.lead.atStart');
  if (minutes % 10080 === 0) return t('schedule.lead.weeks', { count: minutes / 10080 });
  if (minutes % 1440 === 0) return t('schedule.lead.days', { count: minutes / 1440 });
  if (minutes % 60 === 0) return t('schedule.lead.hours', { count: minutes / 60 });
  return t('schedule.lead.minutes', { count: minutes });
}
