// VTIMEZONE components built from the zone rules the runtime has (Temporal's transitions,
// which come from the IANA data behind Intl). Consumers such as Outlook only apply
// RRULE-style observances reliably, so consecutive years whose change falls on the same
// "nth (or last) weekday of the month at the same local time" become one yearly rule; a
// one-off change gets its own observance with just a DTSTART.
import { Temporal } from 'temporal-polyfill';
import { contentLine } from './content-line';

interface Transition {
  /** The instant of the change (UTC ms). */
  at: number;
  offsetFrom: number;
  offsetTo: number;
  /** The local time of the change in the offset before it (how RFC 5545 writes an onset). */
  local: Temporal.PlainDateTime;
}

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Every offset change of `zone` from the start of `fromYear` to the end of `toYear`. */
export function transitionsOf(zone: string, fromYear: number, toYear: number): Transition[] {
  const end = Date.UTC(toYear + 1, 0, 1);
  const found: Transition[] = [];
  let cursor: Temporal.ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(Date.UTC(fromYear, 0, 1)).toZonedDateTimeISO(zone);
  let offset = cursor.offsetNanoseconds / 1e6;
  for (;;) {
    cursor = cursor.getTimeZoneTransition('next');
    if (!cursor || cursor.epochMilliseconds >= end) break;
    const offsetTo = cursor.offsetNanoseconds / 1e6;
    const local = Temporal.Instant.fromEpochMilliseconds(cursor.epochMilliseconds + offset).toZonedDateTimeISO('UTC').toPlainDateTime();
    found.push({ at: cursor.epochMilliseconds, offsetFrom: offset, offsetTo, local });
    offset = offsetTo;
  }
  return found;
}

/** '+0100', '-0330', or '+013045' when an offset has seconds (historic zones). */
export function formatOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const total = Math.abs(Math.round(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  const seconds = total % 60;
  return `${sign}${pad(Math.floor(total / 3600))}${pad(Math.floor(total / 60) % 60)}${seconds ? pad(seconds) : ''}`;
}

function stamp(local: Temporal.PlainDateTime): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(local.year, 4)}${pad(local.month)}${pad(local.day)}T${pad(local.hour)}${pad(local.minute)}${pad(local.second)}`;
}

/** The BYDAY forms a change date fits: its ordinal in the month (1–5) and -1 when it is the month's last such weekday. */
function ordinals(local: Temporal.PlainDateTime): number[] {
  const forms = [Math.ceil(local.day / 7)];
  if (local.day + 7 > local.daysInMonth) forms.push(-1);
  return forms;
}

interface Run {
  items: Transition[];
  forms: number[];
}

/** Groups transitions into yearly rules: same direction, offsets, month, weekday, local time, a shared ordinal, consecutive years. */
function runsOf(transitions: Transition[]): Run[] {
  const runs: Run[] = [];
  const open = new Map<string, Run>();
  for (const t of transitions) {
    const key = `${t.offsetFrom}|${t.offsetTo}|${t.local.month}|${t.local.dayOfWeek}|${t.local.toPlainTime().toString()}`;
    const run = open.get(key);
    const forms = run ? run.forms.filter((f) => ordinals(t.local).includes(f)) : [];
    const previous = run?.items[run.items.length - 1];
    if (run && previous && previous.local.year + 1 === t.local.year && forms.length > 0) {
      run.items.push(t);
      run.forms = forms;
    } else {
      const fresh = { items: [t], forms: ordinals(t.local) };
      runs.push(fresh);
      open.set(key, fresh);
    }
  }
  return runs;
}

/** A short name for the offset after a change ("PDT", "CET", "GMT+3"), as the runtime's English names it. */
function zoneName(zone: string, at: number): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
  return part?.value ?? formatOffset(0);
}

/**
 * The VTIMEZONE for `zone` covering `fromYear`–`toYear`. The yearly rules still in force
 * at the end have no UNTIL, so a series that never ends keeps its DST rules in later years.
 */
export function buildVtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const transitions = transitionsOf(zone, fromYear, toYear);
  const lines = ['BEGIN:VTIMEZONE', contentLine('TZID', zone)];
  if (transitions.length === 0) {
    const offset = formatOffset(Temporal.Instant.fromEpochMilliseconds(Date.UTC(fromYear, 0, 1)).toZonedDateTimeISO(zone).offsetNanoseconds / 1e6);
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, contentLine('TZNAME', zoneName(zone, Date.UTC(fromYear, 0, 1))), 'END:STANDARD');
  }
  const runs = runsOf(transitions);
  const lastYear = transitions.length ? transitions[transitions.length - 1].local.year : 0;
  for (const run of runs) {
    const first = run.items[0];
    const last = run.items[run.items.length - 1];
    const kind = first.offsetTo > first.offsetFrom ? 'DAYLIGHT' : 'STANDARD';
    lines.push(`BEGIN:${kind}`, `DTSTART:${stamp(first.local)}`, `TZOFFSETFROM:${formatOffset(first.offsetFrom)}`, `TZOFFSETTO:${formatOffset(first.offsetTo)}`);
    lines.push(contentLine('TZNAME', zoneName(zone, first.at)));
    // A rule still in force in the last year covered continues after it.
    const continues = last.local.year >= lastYear - 1 && run.items.length > 1;
    if (run.items.length > 1 || continues) {
      const ordinal = run.forms.includes(-1) ? -1 : run.forms[0];
      const byDay = `${ordinal}${WEEKDAY_CODES[first.local.dayOfWeek - 1]}`;
      const until = continues ? '' : `;UNTIL=${stamp(Temporal.Instant.fromEpochMilliseconds(last.at).toZonedDateTimeISO('UTC').toPlainDateTime())}Z`;
      lines.push(`RRULE:FREQ=YEARLY;BYMONTH=${first.local.month};BYDAY=${byDay}${until}`);
    }
    lines.push(`END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
