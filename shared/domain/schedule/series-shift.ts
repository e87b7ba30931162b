// Moving a series' dependent wall times (EXDATEs, RDATEs, overrides' RECURRENCE-IDs and
// weekly BYDAY) along with its start, so that "move every Tuesday meeting to 11:00" or
// "to Wednesday" keeps the exceptions attached to the occurrences they belonged to.
import { daysBetween, isCalendarDate } from '../jobs/calendar-date';
import type { EventFields, EventPatch, ScheduleEvent, WallTime } from './event';
import { normaliseWall } from './occurrences';
import { formatRrule, parseRrule } from './rrule';
import { occurrenceSpan } from './series-changes';
import { addWallDays, addWallMinutes, plainDateTimeOf, wallMinutesBetween } from './time-zones';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** How a series' start moved: from one wall time to another, possibly between all-day and timed. */
export interface StartMove {
  from: WallTime;
  to: WallTime;
}

/** Where a wall time that belonged to the old start ends up after the move. */
export function moveWall(wall: WallTime, move: StartMove): WallTime {
  const toAllDay = isCalendarDate(move.to);
  const fromAllDay = isCalendarDate(move.from);
  if (toAllDay || fromAllDay) {
    const days = plainDateTimeOf(move.from.slice(0, 10)).until(plainDateTimeOf(move.to.slice(0, 10)), { largestUnit: 'days' }).days;
    const date = addWallDays(wall.slice(0, 10), days);
    return toAllDay ? date : `${date}T${move.to.slice(11)}`;
  }
  return addWallMinutes(wall, wallMinutesBetween(move.from, move.to));
}

/** True when the move changes anything. */
export function isMove(move: StartMove): boolean {
  return move.from !== move.to;
}

/**
 * Shifts a weekly rule's plain BYDAY codes by the days the start moved, so a Tuesday
 * series moved to Wednesday repeats on Wednesdays. Ordinal codes (1MO, -1FR) and other
 * frequencies are left alone: their meaning does not follow a simple shift.
 */
export function shiftWeekdays(rrule: string, move: StartMove): string {
  const parts = parseRrule(rrule);
  const byDay = parts.get('BYDAY');
  if (parts.get('FREQ')?.toUpperCase() !== 'WEEKLY' || !byDay) return rrule;
  const codes = byDay.split(',');
  if (!codes.every((code) => WEEKDAYS.includes(code.toUpperCase()))) return rrule;
  const days = plainDateTimeOf(move.from.slice(0, 10)).until(plainDateTimeOf(move.to.slice(0, 10)), { largestUnit: 'days' }).days;
  const shift = ((days % 7) + 7) % 7;
  if (shift === 0) return rrule;
  parts.set('BYDAY', codes.map((code) => WEEKDAYS[(WEEKDAYS.indexOf(code.toUpperCase()) + shift) % 7]).join(','));
  return formatRrule(parts);
}

/**
 * An exception still at its occurrence's original time moves with the series (to the new
 * time and length); one the user moved on purpose keeps its own time.
 */
export function timesAfterMove(override: ScheduleEvent, series: ScheduleEvent, move: StartMove, target: { start: WallTime; end: WallTime }, allDay: boolean): Partial<EventFields> {
  if (!isMove(move) && target.end === occurrenceSpan(series, target.start).end) return {};
  const original = occurrenceSpan(series, override.override!.recurrenceId);
  if (normaliseWall(override.start) !== normaliseWall(original.start) || normaliseWall(override.end) !== normaliseWall(original.end)) return {};
  const start = moveWall(override.override!.recurrenceId, move);
  return { start, end: endAfter(start, target.start, target.end, allDay), allDay };
}

/** The end that gives `start` the same length as the edited occurrence had from `targetStart` to `targetEnd`. */
export function endAfter(start: WallTime, targetStart: WallTime, targetEnd: WallTime, allDay: boolean): WallTime {
  if (allDay) return addWallDays(start.slice(0, 10), Math.max(1, daysBetween(targetStart.slice(0, 10), targetEnd.slice(0, 10))));
  const from = targetStart.length > 10 ? targetStart : `${targetStart}T00:00`;
  const to = targetEnd.length > 10 ? targetEnd : `${targetEnd}T00:00`;
  return addWallMinutes(start, Math.max(0, wallMinutesBetween(from, to)));
}

/** A series' EXDATEs, RDATEs and weekly BYDAY moved along with its start. */
export function shiftRecurrence(recurrence: NonNullable<ScheduleEvent['recurrence']>, move: StartMove): NonNullable<ScheduleEvent['recurrence']> {
  if (!isMove(move)) return recurrence;
  return {
    rrule: shiftWeekdays(recurrence.rrule, move),
    exdates: recurrence.exdates.map((w) => moveWall(w, move)),
    rdates: recurrence.rdates.map((w) => moveWall(w, move)),
  };
}

/** Fields other than times the patch changes on the series. */
export type SharedFields = Partial<Omit<EventFields, 'start' | 'end' | 'allDay' | 'recurrence'>>;

export function sharedFieldChanges(series: ScheduleEvent, patch: EventPatch): SharedFields {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (['start', 'end', 'allDay', 'recurrence'].includes(key)) continue;
    if (JSON.stringify(series[key as keyof ScheduleEvent]) !== JSON.stringify(value)) changed[key] = value;
  }
  return changed as SharedFields;
}

/** A series-wide change reaches an exception only where the exception still had the series' value (its own edits win). */
export function sameAsSeries(override: ScheduleEvent, series: ScheduleEvent, shared: SharedFields): SharedFields {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(shared)) {
    const k = key as keyof ScheduleEvent;
    if (JSON.stringify(override[k]) === JSON.stringify(series[k])) kept[key] = value;
  }
  return kept as SharedFields;
}
