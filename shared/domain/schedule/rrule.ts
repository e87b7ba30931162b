// The RRULE text we store, and the RRuleTemporal rule it compiles to. Parsing the parts
// here is only about keeping UNTIL and COUNT right when a series is split or imported; the
// recurrence itself is always expanded by rrule-temporal.
import type { Temporal } from 'temporal-polyfill';
import { RRuleTemporal } from 'rrule-temporal';
import { isCalendarDate } from '../jobs/calendar-date';
import type { WallTime } from './event';
import { toUtc, zonedOf } from './time-zones';

/** Frequencies we expand. Minutely and secondly rules make no sense for appointments and would flood a month view. */
export const SUPPORTED_FREQUENCIES = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY'] as const;

/** RRULE parts by name, in their original order. */
export type RruleParts = Map<string, string>;

/** Splits 'FREQ=WEEKLY;BYDAY=TU' into its parts (names upper-cased). */
export function parseRrule(rrule: string): RruleParts {
  const parts: RruleParts = new Map();
  for (const piece of rrule.replace(/^RRULE:/i, '').split(';')) {
    if (!piece) continue;
    const eq = piece.indexOf('=');
    if (eq > 0) parts.set(piece.slice(0, eq).toUpperCase(), piece.slice(eq + 1));
  }
  return parts;
}

// RFC 5545's order of rule parts. Writing them in one order (and INTERVAL=1 not at all) lets
// a rule that went out to ical.js or Google and came back compare equal to what we stored.
const PART_ORDER = ['FREQ', 'UNTIL', 'COUNT', 'INTERVAL', 'BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'WKST'];

/** Joins parts back into RRULE text in the canonical order, values upper-cased. */
export function formatRrule(parts: RruleParts): string {
  const rank = (name: string) => (PART_ORDER.includes(name) ? PART_ORDER.indexOf(name) : PART_ORDER.length);
  return [...parts]
    .filter(([name, value]) => !(name === 'INTERVAL' && value === '1'))
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([name, value]) => `${name}=${value.toUpperCase()}`)
    .join(';');
}

/** The compact iCalendar form of a UTC instant: 20270302T180000Z. */
export function icsUtcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The compact iCalendar form of a date: 20270302. */
export function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** Reads a compact iCalendar DATE or DATE-TIME ('20270302', '20270302T100000', '...Z') as a wall time and whether it was UTC. */
export function readIcsStamp(value: string): { wall: WallTime; utc: boolean } | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/i.exec(value.trim());
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return { wall: date, utc: false };
  const seconds = m[6] === '00' ? '' : `:${m[6]}`;
  return { wall: `${date}T${m[4]}:${m[5]}${seconds}`, utc: m[7] !== '' };
}

/**
 * Puts UNTIL in the form RFC 5545 requires for the series' start: a DATE for all-day
 * series, a UTC DATE-TIME otherwise. Producers write floating or date-only UNTILs for
 * timed events; those mean the given local time (or the end of that day) in the zone.
 */
export function normaliseUntil(rrule: string, allDay: boolean, zone: string): string {
  const parts = parseRrule(rrule);
  const until = parts.get('UNTIL');
  if (until === undefined) return formatRrule(parts);
  const read = readIcsStamp(until);
  if (!read) throw new RangeError(`The repeat rule's end (UNTIL=${until}) is not a date.`);
  if (allDay) {
    // A UTC end time names the moment the series stops; its date in UTC is the last day.
    parts.set('UNTIL', icsDate(read.wall.slice(0, 10)));
  } else if (read.utc) {
    parts.set('UNTIL', icsUtcStamp(toUtc(read.wall, 'UTC')));
  } else {
    const local = isCalendarDate(read.wall) ? `${read.wall}T23:59:59` : read.wall;
    parts.set('UNTIL', icsUtcStamp(toUtc(local, zone)));
  }
  return formatRrule(parts);
}

/** The zoned start rrule-temporal counts from: the wall time in its zone, or midnight UTC for all-day dates. */
export function ruleStart(start: WallTime, allDay: boolean, zone: string): Temporal.ZonedDateTime {
  return allDay ? zonedOf(start.slice(0, 10), 'UTC') : zonedOf(start, zone);
}

/** Compiles a stored RRULE for a series starting at `start`; throws a RangeError with the library's reason when it is not valid. */
export function compileRule(rrule: string, start: WallTime, allDay: boolean, zone: string): RRuleTemporal {
  const freq = parseRrule(rrule).get('FREQ')?.toUpperCase();
  if (!freq || freq === 'NULL') throw new RangeError('The repeat rule has no frequency (FREQ=DAILY, WEEKLY ...).');
  if (!(SUPPORTED_FREQUENCIES as readonly string[]).includes(freq)) {
    throw new RangeError(`Repeating ${freq.toLowerCase()} is not supported; use yearly, monthly, weekly, daily or hourly.`);
  }
  try {
    return new RRuleTemporal({ rruleString: rrule, dtstart: ruleStart(start, allDay, zone) });
  } catch (error) {
    throw new RangeError(`The repeat rule "${rrule}" is not valid: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** True when the rule has neither COUNT nor UNTIL, so it repeats for ever. */
export function isEndless(rrule: string): boolean {
  const parts = parseRrule(rrule);
  return !parts.has('COUNT') && !parts.has('UNTIL');
}
