import { addDays, weekday, type CalendarDate } from '../../../../../shared/domain/jobs';
import {
  DEFAULT_REMINDERS,
  type EventFields,
  type EventKind,
  type EventOutcome,
  type Recurrence,
  type WallTime,
} from '../../../../../shared/domain/schedule';
import { readRepeat, type RepeatEnd, type RepeatFrequency } from './repeat-rule';

/** What the event form holds while the user types: text for every input, so nothing typed is lost. */
export interface EventDraft {
  kind: EventKind;
  title: string;
  allDay: boolean;
  startDate: string;
  startTime: string;
  /** For all-day events the last day (inclusive), as people say it; stored as the day after. */
  endDate: string;
  endTime: string;
  timeZone: string;
  location: string;
  url: string;
  notes: string;
  outcome: EventOutcome | '';
  jobId: string;
  contactId: string;
  reminders: number[];
  frequency: RepeatFrequency;
  interval: string;
  weekdays: number[];
  ends: RepeatEnd;
  until: string;
  count: string;
  /** The stored rule, kept as it is while frequency stays 'custom'; its EXDATEs and RDATEs survive any edit. */
  original: Recurrence | null;
}

export type DraftField = Exclude<keyof EventDraft, 'original'>;

/** The fields in the order the form shows them (the error summary lists problems in this order). */
export const DRAFT_ORDER: DraftField[] = [
  'kind', 'title', 'allDay', 'startDate', 'startTime', 'endDate', 'endTime', 'timeZone', 'location', 'url', 'notes', 'outcome',
  'jobId', 'contactId', 'reminders', 'frequency', 'interval', 'weekdays', 'ends', 'until', 'count',
];

/** The id of a field's input, so the error summary can link to it and tests can find it. */
export const draftFieldId = (field: DraftField): string => `event-${field}`;

const pad = (n: number) => String(n).padStart(2, '0');

/** 'HH:mm' for minutes since midnight. */
export function timeText(minutes: number): string {
  const bounded = Math.max(0, Math.min(24 * 60 - 1, minutes));
  return `${pad(Math.floor(bounded / 60))}:${pad(bounded % 60)}`;
}

/** Splits a wall time into the date and time inputs. */
function splitWall(wall: WallTime): { date: string; time: string } {
  return { date: wall.slice(0, 10), time: wall.length > 10 ? wall.slice(11, 16) : '' };
}

/** Where a new event starts and how it is set up: a slot the user picked, or the next whole hour. */
export interface NewEventSeed {
  start: WallTime;
  end?: WallTime;
  timeZone: string;
  kind?: EventKind;
  title?: string;
  jobId?: string | null;
  contactId?: string | null;
  location?: string;
}

/** A blank form starting at `seed.start` (a date for an all-day event, else a time) for an hour. */
export function newEventDraft(seed: NewEventSeed): EventDraft {
  const allDay = seed.start.length === 10;
  const start = splitWall(seed.start);
  let end = seed.end ? splitWall(seed.end) : null;
  if (!end) {
    const minutes = allDay ? 0 : Number(start.time.slice(0, 2)) * 60 + Number(start.time.slice(3, 5)) + 60;
    end = allDay ? { date: start.date, time: '' } : minutes >= 24 * 60 ? { date: addDays(start.date, 1), time: timeText(minutes - 24 * 60) } : { date: start.date, time: timeText(minutes) };
  }
  return {
    kind: seed.kind ?? 'other',
    title: seed.title ?? '',
    allDay,
    startDate: start.date,
    startTime: allDay ? '09:00' : start.time,
    endDate: end.date,
    endTime: allDay ? '10:00' : end.time,
    timeZone: seed.timeZone,
    location: seed.location ?? '',
    url: '',
    notes: '',
    outcome: '',
    jobId: seed.jobId ?? '',
    contactId: seed.contactId ?? '',
    reminders: [...DEFAULT_REMINDERS],
    frequency: 'none',
    interval: '1',
    weekdays: [weekday(start.date)],
    ends: 'never',
    until: '',
    count: '10',
    original: null,
  };
}

/**
 * The form for an existing event. `shown` is the occurrence being edited when it is part
 * of a series (its own start and end); otherwise the event's.
 */
export function draftFromEvent(event: EventFields, shown?: { start: WallTime; end: WallTime }): EventDraft {
  const start = splitWall(shown?.start ?? event.start);
  const end = splitWall(shown?.end ?? event.end);
  const repeat = readRepeat(event.recurrence?.rrule ?? null, weekday(splitWall(event.start).date), event.allDay ? 'UTC' : event.timeZone);
  return {
    kind: event.kind,
    title: event.title,
    allDay: event.allDay,
    startDate: start.date,
    startTime: event.allDay ? '09:00' : start.time,
    // All-day ends are exclusive when stored ("ends the next day"); the form shows the last day.
    endDate: event.allDay ? (end.date > start.date ? addDays(end.date, -1) : start.date) : end.date,
    endTime: event.allDay ? '10:00' : end.time,
    timeZone: event.timeZone,
    location: event.location,
    url: event.url,
    notes: event.notes,
    outcome: event.outcome ?? '',
    jobId: event.jobId ?? '',
    contactId: event.contactId ?? '',
    reminders: [...event.reminders],
    frequency: repeat.frequency,
    interval: String(repeat.interval),
    weekdays: repeat.weekdays,
    ends: repeat.ends,
    until: repeat.until,
    count: String(repeat.count),
    original: event.recurrence,
  };
}

/** True when the form's start is on or before `today`: then how it went (the outcome) can be recorded. */
export function startsByToday(draft: Pick<EventDraft, 'startDate'>, today: CalendarDate): boolean {
  return draft.startDate !== '' && draft.startDate <= today;
}
