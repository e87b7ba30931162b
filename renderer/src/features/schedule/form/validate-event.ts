import { addDays, TEXT_LIMIT } from '../../../../../shared/domain/jobs';
import { EventFieldsSchema, isKnownTimeZone, normaliseUntil, type EventFields } from '../../../../../shared/domain/schedule';
import { normaliseUrl } from '../../jobs/adding/form/validate';
import { isViewDate } from '../dates/calendar-math';
import { DRAFT_ORDER, type DraftField, type EventDraft } from './event-draft';
import { writeRepeat } from './repeat-rule';

/** Why a field can't be saved; each is a sentence under schedule.form.errors that says how to fix it. */
export type EventErrorCode =
  | 'titleMissing' | 'tooLong' | 'dateInvalid' | 'timeInvalid' | 'endBeforeStart' | 'zoneUnknown' | 'urlInvalid'
  | 'intervalInvalid' | 'weekdaysMissing' | 'untilInvalid' | 'untilBeforeStart' | 'countInvalid' | 'invalid';

export interface EventFieldError {
  field: DraftField;
  code: EventErrorCode;
  /** For 'invalid': the schema's own words, a last resort. */
  reason?: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const TEXT_FIELDS = ['title', 'location', 'url', 'notes'] as const;

/**
 * Checks the form and turns it into event fields. Every problem is reported at once, in
 * the order of the form; `fields` is null while any remain. `badInputs` are inputs the
 * browser holds half-typed (a date missing its year), which read as empty.
 */
export function validateEventDraft(draft: EventDraft, badInputs: ReadonlySet<DraftField> = new Set()): { fields: EventFields | null; errors: EventFieldError[] } {
  const errors: EventFieldError[] = [];
  const add = (field: DraftField, code: EventErrorCode, reason?: string) => {
    if (!errors.some((e) => e.field === field)) errors.push({ field, code, reason });
  };
  if (draft.title.trim() === '') add('title', 'titleMissing');
  for (const field of TEXT_FIELDS) if (draft[field].length > TEXT_LIMIT) add(field, 'tooLong');

  const startOk = !badInputs.has('startDate') && isViewDate(draft.startDate);
  const endOk = !badInputs.has('endDate') && isViewDate(draft.endDate);
  if (!startOk) add('startDate', 'dateInvalid');
  if (!endOk) add('endDate', 'dateInvalid');
  const timesOk = draft.allDay || (TIME.test(draft.startTime) && TIME.test(draft.endTime));
  if (!draft.allDay) {
    if (badInputs.has('startTime') || !TIME.test(draft.startTime)) add('startTime', 'timeInvalid');
    if (badInputs.has('endTime') || !TIME.test(draft.endTime)) add('endTime', 'timeInvalid');
    if (!isKnownTimeZone(draft.timeZone)) add('timeZone', 'zoneUnknown');
  }
  const start = draft.allDay ? draft.startDate : `${draft.startDate}T${draft.startTime}`;
  const end = draft.allDay ? (endOk ? addDays(draft.endDate, 1) : '') : `${draft.endDate}T${draft.endTime}`;
  // An event may be a moment (a deadline at 17:00) but never end before it starts.
  if (startOk && endOk && timesOk && (draft.allDay ? draft.endDate < draft.startDate : end < start)) add(draft.allDay ? 'endDate' : 'endTime', 'endBeforeStart');

  const url = normaliseUrl(draft.url);
  if (url === null) add('url', 'urlInvalid');

  const repeats = draft.frequency !== 'none' && draft.frequency !== 'custom';
  if (repeats) {
    const interval = Number(draft.interval);
    if (!/^\d+$/.test(draft.interval.trim()) || interval < 1 || interval > 99) add('interval', 'intervalInvalid');
    if (draft.frequency === 'weekly' && draft.weekdays.length === 0) add('weekdays', 'weekdaysMissing');
    if (draft.ends === 'until') {
      if (badInputs.has('until') || !isViewDate(draft.until)) add('until', 'untilInvalid');
      else if (startOk && draft.until < draft.startDate) add('until', 'untilBeforeStart');
    }
    const count = Number(draft.count);
    if (draft.ends === 'count' && (!/^\d+$/.test(draft.count.trim()) || count < 1 || count > 1000)) add('count', 'countInvalid');
  }
  if (errors.length > 0) return { fields: null, errors: sortErrors(errors) };

  const fields: EventFields = {
    kind: draft.kind,
    title: draft.title.trim(),
    start,
    end,
    allDay: draft.allDay,
    timeZone: draft.timeZone,
    location: draft.location.trim(),
    url: url ?? '',
    notes: draft.notes,
    outcome: draft.outcome || null,
    jobId: draft.jobId || null,
    contactId: draft.contactId || null,
    schoolId: null,
    recurrence: recurrenceOf(draft),
    reminders: [...new Set(draft.reminders)].sort((a, b) => b - a),
  };
  // The schema is the last word; anything it still refuses is shown on the nearest field.
  const checked = EventFieldsSchema.safeParse(fields);
  if (!checked.success) {
    for (const issue of checked.error.issues) add(schemaField(issue.path), issue.code === 'too_big' ? 'tooLong' : 'invalid', issue.message);
    return { fields: null, errors: sortErrors(errors) };
  }
  return { fields: checked.data, errors: [] };
}

/** The recurrence to store: the form's rule, or the imported one kept as it was; dates removed or added by hand survive. */
function recurrenceOf(draft: EventDraft): EventFields['recurrence'] {
  const kept = { exdates: draft.original?.exdates ?? [], rdates: draft.original?.rdates ?? [] };
  if (draft.frequency === 'custom') return draft.original;
  const rrule = writeRepeat(
    { frequency: draft.frequency, interval: Number(draft.interval), weekdays: draft.weekdays, ends: draft.ends, until: draft.until, count: Number(draft.count) },
    // The last day as a date: storing it turns that into the end of the day where the event happens (RFC 5545's UTC form).
    draft.ends === 'until' ? draft.until.replace(/-/g, '') : null,
  );
  // In its stored form (UNTIL in UTC), so an unchanged rule compares equal to the saved one.
  return rrule ? { rrule: normaliseUntil(rrule, draft.allDay, draft.timeZone), ...kept } : null;
}

function schemaField(path: readonly PropertyKey[]): DraftField {
  const first = String(path[0] ?? '');
  if (first === 'start') return 'startDate';
  if (first === 'end') return 'endDate';
  if (first === 'recurrence') return 'frequency';
  return (DRAFT_ORDER as string[]).includes(first) ? (first as DraftField) : 'title';
}

function sortErrors(errors: EventFieldError[]): EventFieldError[] {
  return [...errors].sort((a, b) => DRAFT_ORDER.indexOf(a.field) - DRAFT_ORDER.indexOf(b.field));
}
