// A series' rule is compiled once and reused: a month view asks for the same 200 series on
// every render. Two measured shortcuts keep rrule-temporal on its fast paths: a COUNT rule
// is expanded once (it is finite) and then sliced; an UNTIL rule is expanded without its
// UNTIL and the starts after it dropped here, because the library's UNTIL path walks from
// DTSTART on every call (10x slower for a two-year weekly series).
import type { RRuleTemporal } from 'rrule-temporal';
import type { ScheduleEvent } from './event';
import { compileRule, formatRrule, parseRrule, readIcsStamp, ruleStart } from './rrule';
import { plainDateTimeOf, toUtc } from './time-zones';

/** What expanding one series needs, computed once per version of the series. */
export interface CompiledSeries {
  /** The rule without UNTIL (see above). */
  rule: RRuleTemporal;
  /** The first start (DTSTART) in UTC ms: always an occurrence (RFC 5545 3.8.5.3). */
  firstMs: number;
  /** Starts after this instant (UTC ms) are not occurrences; Infinity when the rule has no UNTIL. */
  untilMs: number;
  /** Every start of a COUNT rule, ascending, DTSTART included; null for other rules. */
  countStarts: number[] | null;
  /** Exact length of each occurrence for timed series (RFC 5545 3.8.5.3: DTEND gives an exact duration). */
  durationMs: number;
  /** Length in days for all-day series (nominal days, so a day stays a day across DST). */
  durationDays: number;
  /** The last few windows asked for, so re-rendering a view does not expand again. */
  windows: Map<string, number[]>;
}

const WINDOW_MEMO = 8;

const CACHE_LIMIT = 5_000;
const cache = new Map<string, CompiledSeries>();

/** The compiled rule of a recurring event; the cache key holds every field the rule depends on, so an edit compiles afresh. */
export function compiledSeries(event: Pick<ScheduleEvent, 'id' | 'start' | 'end' | 'allDay' | 'timeZone' | 'recurrence'>): CompiledSeries {
  const rrule = event.recurrence?.rrule;
  if (!rrule) throw new Error(`Event ${event.id} does not repeat.`);
  const key = `${event.id}\u0000${event.start}\u0000${event.end}\u0000${event.allDay}\u0000${event.timeZone}\u0000${rrule}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compile(rrule, event);
    // A plain size cap: the working set (one calendar's series) is far smaller than the limit.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, compiled);
  }
  return compiled;
}

function compile(rrule: string, event: Pick<ScheduleEvent, 'start' | 'end' | 'allDay' | 'timeZone'>): CompiledSeries {
  const { start, allDay, timeZone } = event;
  const parts = parseRrule(rrule);
  const until = parts.get('UNTIL');
  parts.delete('UNTIL');
  const rule = compileRule(formatRrule(parts), start, allDay, timeZone);
  const firstMs = ruleStart(start, allDay, timeZone).epochMilliseconds;
  const untilMs = until === undefined ? Infinity : untilInstant(until, rrule, event);
  let countStarts: number[] | null = null;
  if (parts.has('COUNT')) {
    countStarts = expandAll(rule).filter((ms) => ms <= untilMs);
    if (countStarts[0] !== firstMs) countStarts.unshift(firstMs);
  }
  return {
    rule,
    firstMs,
    untilMs,
    countStarts,
    durationMs: allDay ? 0 : Math.max(0, toUtc(event.end, timeZone) - toUtc(start, timeZone)),
    durationDays: allDay ? allDayLength(start, event.end) : 0,
    windows: new Map(),
  };
}

/**
 * UNTIL as an instant. Stored rules carry it in RFC form (normaliseUntil runs on every
 * save): a UTC date-time, or a date for all-day series, whose rule runs on UTC midnights.
 * Anything else is left to the library to read.
 */
function untilInstant(until: string, rrule: string, event: Pick<ScheduleEvent, 'start' | 'allDay' | 'timeZone'>): number {
  const read = readIcsStamp(until);
  if (read && (read.utc || (event.allDay && read.wall.length === 10))) return toUtc(read.wall, 'UTC');
  return compileRule(rrule, event.start, event.allDay, event.timeZone).options().until?.epochMilliseconds ?? Infinity;
}

/** Rule starts (UTC ms, ascending) in [from, to], DTSTART included, UNTIL applied; RDATE and EXDATE are the caller's. */
export function ruleStartsBetween(series: CompiledSeries, from: number, to: number): number[] {
  if (series.countStarts) return series.countStarts.filter((ms) => ms >= from && ms <= to);
  if (series.untilMs < from) return [];
  const key = `${from}|${to}`;
  const known = series.windows.get(key);
  if (known) return [...known];
  const starts = startsBetween(series.rule, from, Math.min(to, series.untilMs));
  if (series.firstMs >= from && series.firstMs <= to && starts[0] !== series.firstMs) starts.unshift(series.firstMs);
  if (series.windows.size >= WINDOW_MEMO) series.windows.delete(series.windows.keys().next().value!);
  series.windows.set(key, starts);
  return [...starts];
}

// rrule-temporal gives up (throws) on rules that can never occur, such as 30 February. One
// such series must not take the whole calendar down: it is left with its DTSTART (and RDATEs).
function expandAll(rule: RRuleTemporal): number[] {
  try {
    return rule.all().map((z) => z.epochMilliseconds);
  } catch {
    return [];
  }
}

function startsBetween(rule: RRuleTemporal, from: number, to: number): number[] {
  try {
    return rule.between(new Date(from), new Date(to), true).map((z) => z.epochMilliseconds);
  } catch {
    return [];
  }
}

/** Days an all-day event covers: its exclusive end minus its start, at least one. */
export function allDayLength(start: string, end: string): number {
  const days = plainDateTimeOf(start.slice(0, 10)).until(plainDateTimeOf(end.slice(0, 10)), { largestUnit: 'days' }).days;
  return Math.max(1, days);
}
