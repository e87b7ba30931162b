// The index fields rangeStartUtc / rangeEndUtc let Dexie answer "which events can touch
// this window" without expanding anything. They are safe bounds: wide enough that no
// occurrence falls outside them, whatever zone the viewer is in. rangeSpan sorts events
// into short and long ranges, so a window reads only the short ones that start near it.
import { ENDLESS_UTC, type RangeSpan, type ScheduleEvent } from './event';
import { allDayLength } from './compiled-series';
import { compileRule, parseRrule } from './rrule';
import { addWallDays, toUtc } from './time-zones';

// The zones furthest ahead of and behind UTC: a date starts earliest in the first and ends latest in the second.
const EARLIEST_ZONE = 'Etc/GMT-14';
const LATEST_ZONE = 'Etc/GMT+12';
/** A COUNT above this is treated like an endless series rather than expanded to find its end. */
const COUNT_EXPANSION_LIMIT = 10_000;

type RangeInput = Pick<ScheduleEvent, 'start' | 'end' | 'allDay' | 'timeZone' | 'recurrence' | 'override'>;

/** The longest range that counts as short: a short event starts at most this long before any window it touches. */
export const SHORT_RANGE_MS = 7 * 86_400_000;

/** Whether a range is short or long (see RangeSpan). */
export function rangeSpanOf(rangeStartUtc: number, rangeEndUtc: number): RangeSpan {
  return rangeEndUtc - rangeStartUtc <= SHORT_RANGE_MS ? 'short' : 'long';
}

/** The first start and last end (UTC ms) any occurrence of the event can have, and whether that is short. */
export function indexRange(event: RangeInput): { rangeStartUtc: number; rangeEndUtc: number; rangeSpan: RangeSpan } {
  const [first, last] = event.allDay ? allDayBounds(event.start, event.end) : [toUtc(event.start, event.timeZone), toUtc(event.end, event.timeZone)];
  let rangeStartUtc = first;
  let rangeEndUtc = Math.max(first, last);
  const duration = rangeEndUtc - rangeStartUtc;

  // An override also hides its series' original occurrence, so it must be found where that was too.
  if (event.override) {
    const [originalStart, originalEnd] = allDayBounds(event.override.recurrenceId, event.override.recurrenceId);
    rangeStartUtc = Math.min(rangeStartUtc, originalStart);
    rangeEndUtc = Math.max(rangeEndUtc, originalEnd + duration);
  }

  const recurrence = event.recurrence;
  if (recurrence) {
    for (const rdate of recurrence.rdates) {
      const [rdateStart, rdateEnd] = allDayBounds(rdate, rdate);
      rangeStartUtc = Math.min(rangeStartUtc, rdateStart);
      rangeEndUtc = Math.max(rangeEndUtc, rdateEnd + duration);
    }
    rangeEndUtc = Math.max(rangeEndUtc, seriesEnd(event, duration));
  }
  return { rangeStartUtc, rangeEndUtc, rangeSpan: rangeSpanOf(rangeStartUtc, rangeEndUtc) };
}

/** Where a date or date-time can start and end for any viewer (an all-day date is a different instant in each zone). */
function allDayBounds(start: string, end: string): [number, number] {
  const startDate = start.slice(0, 10);
  const endDate = addWallDays(startDate, allDayLength(startDate, end.slice(0, 10)));
  const endWall = end.length > 10 ? end : endDate;
  return [toUtc(start, EARLIEST_ZONE), Math.max(toUtc(endWall, LATEST_ZONE), toUtc(endDate, LATEST_ZONE))];
}

/** The end of a series' last rule occurrence, or ENDLESS_UTC when it never ends (or ends too far off to count). */
function seriesEnd(event: RangeInput, duration: number): number {
  const rrule = event.recurrence!.rrule;
  const parts = parseRrule(rrule);
  const count = Number(parts.get('COUNT') ?? NaN);
  const rule = compileRule(rrule, event.start, event.allDay, event.timeZone);
  const countable = !parts.has('UNTIL') && Number.isInteger(count) && count <= COUNT_EXPANSION_LIMIT;
  // UNTIL bounds the last start from above; a small COUNT is expanded to find it exactly.
  const last = parts.has('UNTIL') ? rule.options().until : countable ? lastOf(rule) : undefined;
  if (last === null) return ENDLESS_UTC;
  if (!last) return countable ? 0 : ENDLESS_UTC;
  if (!event.allDay) return last.epochMilliseconds + duration;
  const lastDate = last.toPlainDate().toString();
  return allDayBounds(lastDate, addWallDays(lastDate, allDayLength(event.start, event.end)))[1];
}

/** The last occurrence of a finite rule; null when the library gives up on it (an impossible rule), which the index treats as endless. */
function lastOf(rule: ReturnType<typeof compileRule>) {
  try {
    return rule.all().at(-1);
  } catch {
    return null;
  }
}
