import { dateInZone, parseRrule, type Recurrence } from '../../../../../shared/domain/schedule';

/** How often an event repeats, as the form offers it; 'custom' keeps a rule from another calendar as it is. */
export type RepeatFrequency = 'none' | 'daily' | 'weekly' | 'monthly' | 'custom';
export type RepeatEnd = 'never' | 'until' | 'count';

/** The repetition the form edits. Days are 0 = Sunday … 6 = Saturday. */
export interface RepeatChoice {
  frequency: RepeatFrequency;
  interval: number;
  weekdays: number[];
  ends: RepeatEnd;
  /** 'YYYY-MM-DD', the last day an occurrence may start on (inclusive) when ends is 'until'. */
  until: string;
  count: number;
}

const FREQUENCIES: Record<string, RepeatFrequency> = { DAILY: 'daily', WEEKLY: 'weekly', MONTHLY: 'monthly' };
const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** The rule parts the form shows; a rule with any other (BYSETPOS, BYMONTHDAY …) is 'custom'. */
const UNDERSTOOD = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT', 'WKST']);

/** The day an UNTIL value falls on where the event happens: '20270302T075959Z' in Los Angeles → '2027-03-01'. */
function untilDate(value: string, timeZone: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  if (!m) return '';
  if (m[7] !== 'Z') return `${m[1]}-${m[2]}-${m[3]}`;
  return dateInZone(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]), timeZone);
}

/**
 * Reads a stored RRULE into what the form shows. Rules the form can't express (the
 * second Tuesday of each month, from an imported calendar) come back as 'custom' and are
 * kept unchanged unless the user picks another repetition.
 */
export function readRepeat(rrule: string | null, startWeekday: number, timeZone = 'UTC'): RepeatChoice {
  const choice: RepeatChoice = { frequency: 'none', interval: 1, weekdays: [startWeekday], ends: 'never', until: '', count: 10 };
  if (!rrule) return choice;
  const parts = parseRrule(rrule);
  const frequency = FREQUENCIES[parts.get('FREQ') ?? ''];
  const byDay = (parts.get('BYDAY') ?? '').split(',').filter(Boolean);
  const plainDays = byDay.every((d) => DAY_CODES.includes(d));
  const understood = [...parts.keys()].every((name) => UNDERSTOOD.has(name)) && plainDays && (byDay.length === 0 || frequency === 'weekly');
  choice.frequency = frequency && understood ? frequency : 'custom';
  const interval = Number(parts.get('INTERVAL') ?? '1');
  choice.interval = Number.isInteger(interval) && interval > 0 ? interval : 1;
  if (frequency === 'weekly' && byDay.length > 0 && plainDays) choice.weekdays = byDay.map((d) => DAY_CODES.indexOf(d)).sort((a, b) => a - b);
  if (parts.has('UNTIL')) {
    choice.ends = 'until';
    choice.until = untilDate(parts.get('UNTIL') ?? '', timeZone);
  } else if (parts.has('COUNT')) {
    choice.ends = 'count';
    choice.count = Number(parts.get('COUNT')) || 1;
  }
  return choice;
}

/**
 * Writes the form's repetition as an RRULE value. `untilValue` is the UNTIL the caller
 * worked out for the last day (a UTC time for timed events, a date for all-day ones, as
 * RFC 5545 asks).
 */
export function writeRepeat(choice: RepeatChoice, untilValue: string | null): string | null {
  if (choice.frequency === 'none' || choice.frequency === 'custom') return null;
  const parts = [`FREQ=${choice.frequency.toUpperCase()}`];
  if (choice.interval > 1) parts.push(`INTERVAL=${choice.interval}`);
  if (choice.frequency === 'weekly') parts.push(`BYDAY=${[...new Set(choice.weekdays)].sort((a, b) => a - b).map((d) => DAY_CODES[d]).join(',')}`);
  if (choice.ends === 'until' && untilValue) parts.push(`UNTIL=${untilValue}`);
  if (choice.ends === 'count') parts.push(`COUNT=${choice.count}`);
  return parts.join(';');
}

/** The rule's parts as sorted text, leaving out what changes nothing (INTERVAL=1, WKST). */
function ruleKey(rrule: string): string {
  const parts = [...parseRrule(rrule)].filter(([name, value]) => name !== 'WKST' && !(name === 'INTERVAL' && value === '1'));
  return parts
    .map(([name, value]) => `${name}=${name === 'BYDAY' ? value.split(',').sort().join(',') : value}`)
    .sort()
    .join(';');
}

/** True when two recurrences repeat the same way, however their rule text is written. */
export function sameRecurrence(a: Recurrence | null | undefined, b: Recurrence | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  const dates = (list: string[]) => [...list].sort().join(',');
  return ruleKey(a.rrule) === ruleKey(b.rrule) && dates(a.exdates) === dates(b.exdates) && dates(a.rdates) === dates(b.rdates);
}
