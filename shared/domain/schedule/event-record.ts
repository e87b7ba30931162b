// Making and changing stored event records: every write goes through these so the index
// fields and timestamps can never drift from the times they summarise.
import { DEFAULT_REMINDERS, type EventFields, type EventOverride, type EventPatch, type ScheduleEvent } from './event';
import { indexRange } from './index-range';
import { daysBetween } from '../jobs/calendar-date';
import type { WallTime } from './event';
import { compileRule, normaliseUntil, ruleStart } from './rrule';
import { addWallDays, addWallMinutes, fromUtc, wallMinutesBetween } from './time-zones';

/** What a new record needs besides its fields. */
export interface NewEventMeta {
  id: string;
  /** ISO time of the write. */
  now: string;
  /** iCalendar UID; a new one is made from the id when absent. */
  uid?: string;
  override?: EventOverride | null;
}

/** The UID our own events get: unique worldwide, stable for the life of the record. */
export function uidFor(id: string): string {
  return `${id}@career-organizer`;
}

/** A complete record from form or import fields, with its UID, index range and timestamps. */
export function createEventRecord(fields: EventFields, meta: NewEventMeta): ScheduleEvent {
  const base = {
    ...normaliseFields(fields),
    id: meta.id,
    uid: meta.uid ?? uidFor(meta.id),
    override: meta.override ?? null,
    createdAt: meta.now,
    updatedAt: meta.now,
  };
  return { ...base, ...indexRange(base) };
}

/** The record with a patch applied, its index range recomputed and updatedAt moved on. */
export function patchEventRecord(event: ScheduleEvent, patch: EventPatch & { override?: EventOverride | null; uid?: string }, now: string): ScheduleEvent {
  const next = { ...event, ...normaliseFields({ ...event, ...patch }), updatedAt: now };
  if (patch.override !== undefined) next.override = patch.override;
  if (patch.uid !== undefined) next.uid = patch.uid;
  return { ...next, ...indexRange(next) };
}

/** Puts fields in their stored shape: all-day times are dates, UNTIL is in RFC 5545 form, reminders sorted and unique. */
function normaliseFields<T extends EventFields>(fields: T): T {
  const allDay = fields.allDay;
  const start = allDay ? fields.start.slice(0, 10) : fields.start;
  const end = allDay ? fields.end.slice(0, 10) : fields.end;
  const recurrence = fields.recurrence && {
    rrule: normaliseUntil(fields.recurrence.rrule, allDay, fields.timeZone),
    exdates: [...new Set(fields.recurrence.exdates)].sort(),
    rdates: [...new Set(fields.recurrence.rdates)].sort(),
  };
  const reminders = [...new Set(fields.reminders ?? DEFAULT_REMINDERS)].sort((a, b) => b - a);
  const aligned = recurrence ? alignToRule({ start, end, allDay, timeZone: fields.timeZone }, recurrence.rrule) : { start, end };
  return { ...fields, ...aligned, recurrence, reminders };
}

/**
 * Moves a series' start (and end with it) to the rule's first occurrence when the rule does
 * not produce the start itself ("every Tuesday" starting on a Monday). RFC 5545 leaves such
 * a series undefined; Outlook and ical.js skip the start, Google shows it, so we store only
 * series that every program reads alike.
 */
/** The rule's first occurrence from `start` on; null when it has none (rrule-temporal gives up on impossible rules, such as 30 February). */
function firstOccurrence(rrule: string, start: WallTime, allDay: boolean, timeZone: string) {
  try {
    return compileRule(rrule, start, allDay, timeZone).next(ruleStart(start, allDay, timeZone), true);
  } catch {
    return null;
  }
}

function alignToRule(times: { start: WallTime; end: WallTime; allDay: boolean; timeZone: string }, rrule: string): { start: WallTime; end: WallTime } {
  const { start, end, allDay, timeZone } = times;
  const first = firstOccurrence(rrule, start, allDay, timeZone);
  if (!first) return { start, end };
  if (allDay) {
    const date = first.toPlainDate().toString();
    const days = daysBetween(start.slice(0, 10), date);
    return days === 0 ? { start, end } : { start: date, end: addWallDays(end.slice(0, 10), days) };
  }
  const wall = fromUtc(first.epochMilliseconds, timeZone);
  const minutes = wallMinutesBetween(start, wall);
  return minutes === 0 ? { start, end } : { start: wall, end: addWallMinutes(end, minutes) };
}
