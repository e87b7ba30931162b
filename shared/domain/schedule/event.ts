import { z } from 'zod';
import { isCalendarDate } from '../jobs/calendar-date';
import { RecordIdSchema, textField } from '../jobs/job';

/** What an appointment is for; the activity log counts some of them (see activities.ts). */
export const EVENT_KINDS = [
  'interview',
  'job-centre-appointment',
  'workshop',
  'hiring-event',
  'networking',
  'application-deadline',
  'follow-up',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How it went, recorded after the event. */
export const EVENT_OUTCOMES = ['attended', 'missed', 'cancelled', 'rescheduled'] as const;
export type EventOutcome = (typeof EVENT_OUTCOMES)[number];

/** Wall-clock local date-time 'YYYY-MM-DDTHH:mm' (seconds optional) in `timeZone`, or 'YYYY-MM-DD' when all-day. */
export type WallTime = string;

/** The default reminders: one day and one hour before. */
export const DEFAULT_REMINDERS: readonly number[] = [1440, 60];

/** The largest UTC ms a Date can hold: the index value for a series that never ends. */
export const ENDLESS_UTC = 8_640_000_000_000_000;

const WALL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/** True for 'YYYY-MM-DDTHH:mm' or 'YYYY-MM-DDTHH:mm:ss' with a real date. */
export function isWallDateTime(value: string): boolean {
  const m = WALL_DATE_TIME.exec(value);
  return m !== null && isCalendarDate(m[1]);
}

/** True for a wall time of either shape: a date-time or an all-day date. */
export function isWallTime(value: string): boolean {
  return isCalendarDate(value) || isWallDateTime(value);
}

const zoneValidity = new Map<string, boolean>();

/** True for a time zone this runtime knows (IANA names and 'UTC'); cached because Intl is slow to ask. */
export function isKnownTimeZone(zone: string): boolean {
  let known = zoneValidity.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = zone.length > 0;
    } catch {
      known = false;
    }
    zoneValidity.set(zone, known);
  }
  return known;
}

export const WallTimeSchema = z.string().refine(isWallTime, 'must be a date like 2027-03-05 or a time like 2027-03-05T09:30');
export const TimeZoneSchema = z.string().max(100).refine(isKnownTimeZone, 'is not a time zone this computer knows');

/** Only web links, as for jobs: a javascript: link must never reach a clickable anchor. */
const EventUrlSchema = textField('The link').refine(
  (url) => url === '' || /^https?:\/\/[^\s/]+/i.test(url),
  'The link must start with http:// or https://.',
);

/** RFC 5545 recurrence: the RRULE value plus extra (RDATE) and removed (EXDATE) occurrence starts. */
export const RecurrenceSchema = z.object({
  /** The RRULE value without the 'RRULE:' prefix, e.g. 'FREQ=WEEKLY;BYDAY=TU;COUNT=10'. */
  rrule: z.string().max(1000).regex(/^FREQ=[A-Z]+(;[A-Z-]+=[^;\r\n]*)*$/i, 'is not an RRULE like FREQ=WEEKLY;BYDAY=TU'),
  exdates: z.array(WallTimeSchema).max(5000),
  rdates: z.array(WallTimeSchema).max(5000),
});
export type Recurrence = z.infer<typeof RecurrenceSchema>;

/** Marks an edited occurrence of a series (iCal RECURRENCE-ID). */
export const EventOverrideSchema = z.object({
  seriesId: RecordIdSchema,
  /** The occurrence's original start in the series' zone, as the series would have produced it. */
  recurrenceId: WallTimeSchema,
});
export type EventOverride = z.infer<typeof EventOverrideSchema>;

/** What the user edits. No defaults: a partial of this is a patch. */
export const EventFieldsSchema = z.object({
  kind: z.enum(EVENT_KINDS),
  title: textField('The title').refine((t) => t.trim() !== '', 'An event needs a title.'),
  start: WallTimeSchema,
  end: WallTimeSchema,
  allDay: z.boolean(),
  timeZone: TimeZoneSchema,
  location: textField('The location'),
  url: EventUrlSchema,
  notes: textField('The notes'),
  outcome: z.enum(EVENT_OUTCOMES).nullable(),
  jobId: RecordIdSchema.nullable(),
  contactId: RecordIdSchema.nullable(),
  schoolId: RecordIdSchema.nullable(),
  recurrence: RecurrenceSchema.nullable(),
  /** Minutes before start; at most four weeks ahead. */
  reminders: z.array(z.number().int().min(0).max(40_320)).max(10),
});
export type EventFields = z.infer<typeof EventFieldsSchema>;

/** Checks shared by the stored record and the form: shape of the times matches all-day, and the end is not before the start. */
function checkTimes(e: Pick<EventFields, 'start' | 'end' | 'allDay'>, ctx: z.RefinementCtx): void {
  const shapeOk = e.allDay ? isCalendarDate(e.start) && isCalendarDate(e.end) : isWallDateTime(e.start) && isWallDateTime(e.end);
  if (!shapeOk) {
    ctx.addIssue({
      code: 'custom',
      path: ['start'],
      message: e.allDay ? 'An all-day event has dates without times.' : 'An event with a time needs a start and end time.',
    });
    return;
  }
  // Same-zone wall times of one shape compare correctly as strings (seconds only ever lengthen).
  if (e.end < e.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'The event ends before it starts.' });
}

/** A change to some fields of an event. */
export const EventPatchSchema = EventFieldsSchema.partial().strict();
export type EventPatch = z.infer<typeof EventPatchSchema>;

/** The fields a form or an import produces, checked for a sensible start and end. */
export const EventDraftSchema = EventFieldsSchema.extend({
  uid: z.string().min(1).max(1000),
  override: EventOverrideSchema.nullable(),
}).superRefine(checkTimes);
export type EventDraft = z.infer<typeof EventDraftSchema>;

/** An event as stored. For all-day events `end` is the exclusive end date (iCal DTEND), so a one-day event ends the next day. */
export const ScheduleEventSchema = EventFieldsSchema.extend({
  id: RecordIdSchema,
  /** iCalendar UID: stable across export and import, so importing twice updates. */
  uid: z.string().min(1).max(1000),
  override: EventOverrideSchema.nullable(),
  /** Index fields (UTC ms) for range queries: the first start and the last end (ENDLESS_UTC for endless series). */
  rangeStartUtc: z.number(),
  rangeEndUtc: z.number(),
  /** Whether that range is short (a week at most) or long: see RangeSpan. */
  rangeSpan: z.enum(['short', 'long']),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}).superRefine(checkTimes);

/**
 * A window's events are read in two parts: the short ones by where their range starts (a
 * week before the window at the earliest), the long ones (series, long trips) all together.
 * With only a start and an end index, a read had to take every event on one side of the
 * window: a third of a two-year calendar for a month in the middle.
 */
export type RangeSpan = 'short' | 'long';

export interface ScheduleEvent {
  id: string;
  uid: string;
  kind: EventKind;
  title: string;
  start: WallTime;
  end: WallTime;
  allDay: boolean;
  /** IANA zone the wall times are in ('UTC' allowed); ignored for all-day. */
  timeZone: string;
  location: string;
  url: string;
  notes: string;
  outcome: EventOutcome | null;
  jobId: string | null;
  contactId: string | null;
  schoolId: string | null;
  recurrence: Recurrence | null;
  /** Set on an edited occurrence of a series (iCal RECURRENCE-ID): the series' id and the occurrence's original start. */
  override: EventOverride | null;
  /** Minutes before start; default [1440, 60]. */
  reminders: number[];
  /** Index fields (UTC ms) for range queries: the first start and the last end (ENDLESS_UTC for endless series). */
  rangeStartUtc: number;
  rangeEndUtc: number;
  /** Whether that range is short (a week at most) or long: see RangeSpan. */
  rangeSpan: RangeSpan;
  createdAt: string;
  updatedAt: string;
}

// The interface above is what the rest of the app reads; the schema is what checks a record.
// They must describe the same thing, or this line stops compiling.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SCHEMA_MATCHES_MODEL: Same<z.infer<typeof ScheduleEventSchema>, ScheduleEvent> = true;

/** One occurrence of an event in a window: a single event is its own only occurrence. */
export interface Occurrence {
  eventId: string;
  /** The series this occurrence belongs to (the series itself, or the series an override edits); null for single events. */
  seriesId: string | null;
  start: WallTime;
  end: WallTime;
  startUtc: number;
  endUtc: number;
  timeZone: string;
  allDay: boolean;
  event: ScheduleEvent;
}

/** The blank form: a one-hour 'other' event with the default reminders. */
export function emptyEventFields(start: WallTime, end: WallTime, timeZone: string): EventFields {
  return {
    kind: 'other',
    title: '',
    start,
    end,
    allDay: isCalendarDate(start),
    timeZone,
    location: '',
    url: '',
    notes: '',
    outcome: null,
    jobId: null,
    contactId: null,
    schoolId: null,
    recurrence: null,
    reminders: [...DEFAULT_REMINDERS],
  };
}
