// What parseIcs reports. Every problem has a stable `code` the UI translates (English and
// Spanish), the values it names in `params`, and an English `message` for logs and tests.
import type { EventFields, WallTime } from '../event';

/** One event read from the file, ready for mergeImport. */
export interface IcsEventDraft {
  uid: string;
  /** RECURRENCE-ID of an edited occurrence, as a wall time in its series' zone (a date for all-day series); null otherwise. */
  recurrenceId: WallTime | null;
  /** The RECURRENCE-ID's instant (UTC ms) when it is a date-time, so mergeImport can place it in a series stored in another zone. */
  recurrenceUtc: number | null;
  fields: EventFields;
  /**
   * Fields the file really states, as opposed to our defaults: the kind and outcome only
   * when written in our X- properties (or STATUS:CANCELLED), reminders only with VALARMs.
   * A second import must not overwrite what the user set with a guess.
   */
  declared: { kind: boolean; outcome: boolean; reminders: boolean };
  /** 1-based line of its BEGIN:VEVENT. */
  line: number;
}

export const ICS_SKIP_CODES = [
  'incomplete',
  'unreadable',
  'no-start',
  'bad-start',
  'end-before-start',
  'bad-repeat-rule',
  'unsupported-repeat',
  'duplicate',
  'invalid',
] as const;
export type IcsSkipCode = (typeof ICS_SKIP_CODES)[number];

export const ICS_WARNING_CODES = [
  'unknown-time-zone',
  'time-zone-by-offsets',
  'time-zone-kept-as-utc',
  'endless-repeat',
  'ignored-dates',
  'ignored-lines',
  'shortened-text',
  'orphan-cancellation',
] as const;
export type IcsWarningCode = (typeof ICS_WARNING_CODES)[number];

export const ICS_FILE_ERROR_CODES = ['too-large', 'not-a-calendar', 'too-many-events'] as const;
export type IcsFileErrorCode = (typeof ICS_FILE_ERROR_CODES)[number];

/** Values a message names: the event's title, a TZID, the zone we chose, a detail from the parser. */
export type IcsParams = Partial<Record<'summary' | 'tzid' | 'zone' | 'detail' | 'count' | 'limit' | 'size', string>>;

export interface IcsSkip {
  code: IcsSkipCode;
  uid: string | null;
  summary: string | null;
  line: number | null;
  params: IcsParams;
  message: string;
}

export interface IcsWarning {
  code: IcsWarningCode;
  uid: string | null;
  summary: string | null;
  line: number | null;
  params: IcsParams;
  message: string;
}

export interface IcsFileError {
  code: IcsFileErrorCode;
  params: IcsParams;
  message: string;
}

export interface IcsParseResult {
  /** The events to import. Empty when `error` is set: a file-level problem imports nothing. */
  events: IcsEventDraft[];
  skipped: IcsSkip[];
  warnings: IcsWarning[];
  /** X-WR-CALNAME, when the file names its calendar. */
  calendarName: string | null;
  error: IcsFileError | null;
}

const name = (params: IcsParams) => (params.summary ? `"${params.summary}"` : 'An event');

const SKIP_MESSAGES: Record<IcsSkipCode, (p: IcsParams) => string> = {
  incomplete: (p) => `${name(p)} is cut off: the file ends before END:VEVENT.`,
  unreadable: (p) => `${name(p)} could not be read (${p.detail ?? 'malformed line'}).`,
  'no-start': (p) => `${name(p)} has no start time (DTSTART).`,
  'bad-start': (p) => `${name(p)} has a start time that is not a date.`,
  'end-before-start': (p) => `${name(p)} ends before it starts.`,
  'bad-repeat-rule': (p) => `${name(p)} has a repeat rule that cannot be read: ${p.detail ?? ''}`.trim(),
  'unsupported-repeat': (p) => `${name(p)} repeats every minute or second, which a calendar of appointments does not support.`,
  duplicate: (p) => `${name(p)} appears twice in the file; the first copy was kept.`,
  invalid: (p) => `${name(p)} has a field that cannot be imported: ${p.detail ?? ''}`.trim(),
};

const WARNING_MESSAGES: Record<IcsWarningCode, (p: IcsParams) => string> = {
  'unknown-time-zone': (p) =>
    `${name(p)} uses the time zone "${p.tzid}", which is not known and not described in the file; its times were read as local times in ${p.zone}.`,
  'time-zone-by-offsets': (p) => `${name(p)} uses the time zone "${p.tzid}"; its rules match ${p.zone}, so that zone was used.`,
  'time-zone-kept-as-utc': (p) =>
    `${name(p)} uses the time zone "${p.tzid}", which matches no known zone; its times were kept at the same moments, in UTC.`,
  'endless-repeat': (p) => `${name(p)} repeats with no end; it is shown for whatever dates you look at.`,
  'ignored-dates': (p) =>
    `${name(p)} has ${p.count === '1' ? 'an extra or excluded date' : `${p.count} extra or excluded dates`} that could not be read; ${p.count === '1' ? 'it was' : 'they were'} left out.`,
  'ignored-lines': (p) => `${name(p)} has ${p.count === '1' ? 'a line' : `${p.count} lines`} that could not be read (${p.detail}); the rest of it was imported.`,
  'shortened-text': (p) => `${name(p)} has text longer than 100 KB; it was shortened.`,
  'orphan-cancellation': (p) => `${name(p)} cancels one occurrence of a series that is not in the file; that cancellation was left out.`,
};

const FILE_MESSAGES: Record<IcsFileErrorCode, (p: IcsParams) => string> = {
  'too-large': (p) =>
    `This calendar file is ${p.size}; files up to ${p.limit} can be imported. Export a shorter date range from your calendar program and import that.`,
  'not-a-calendar': () => 'This file is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR or BEGIN:VEVENT. Export your calendar as .ics and try again.',
  'too-many-events': (p) => `This file has ${p.count} events; up to ${p.limit} can be imported at once. Export a shorter date range and import that.`,
};

/** A skipped event with its message. */
export function skip(code: IcsSkipCode, where: { uid?: string | null; summary?: string | null; line?: number | null }, params: IcsParams = {}): IcsSkip {
  const all = { summary: where.summary ?? undefined, ...params };
  return { code, uid: where.uid ?? null, summary: where.summary ?? null, line: where.line ?? null, params: all, message: SKIP_MESSAGES[code](all) };
}

/** A warning about an imported event, with its message. */
export function warn(code: IcsWarningCode, where: { uid?: string | null; summary?: string | null; line?: number | null }, params: IcsParams = {}): IcsWarning {
  const all = { summary: where.summary ?? undefined, ...params };
  return { code, uid: where.uid ?? null, summary: where.summary ?? null, line: where.line ?? null, params: all, message: WARNING_MESSAGES[code](all) };
}

/** A problem with the whole file, with its message. */
export function fileError(code: IcsFileErrorCode, params: IcsParams = {}): IcsFileError {
  return { code, params, message: FILE_MESSAGES[code](params) };
}
