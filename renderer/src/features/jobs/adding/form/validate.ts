import {
  isCalendarDate,
  JobFieldsSchema,
  parseAmount,
  TEXT_LIMIT,
  type CalendarDate,
  type JobFields,
  type Pay,
} from '../../../../../../shared/domain/jobs';
import type { NewJob } from '../../../../db/jobs-table';
import { DRAFT_ORDER, type Draft, type DraftField } from './draft';

/** Why a field can't be saved; each is a sentence under jobsAdding.errors that says how to fix it. */
export type ErrorCode =
  | 'titleMissing' | 'tooLong' | 'urlInvalid' | 'payNotNumber' | 'payTooLarge' | 'payMinAboveMax'
  | 'dateInvalid' | 'deadlineBeforePosted' | 'stageAtFuture' | 'nextActionMissing' | 'invalid';

export interface FieldError {
  field: DraftField;
  code: ErrorCode;
  /** For 'invalid': the schema's own words, a last resort. */
  reason?: string;
}

const TEXT_FIELDS = ['title', 'employer', 'location', 'source', 'url', 'jobNumber', 'description', 'notes', 'nextAction'] as const;
const MAX_AMOUNT = 1e9;

/** "18.50", "18,50", "$55,000", "55 000 €" as a number; null when empty; NaN when not a number. */
export function readAmount(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const bare = trimmed.replace(/^(?:US\$|MX\$|CA\$|C\$|\$|€|£|¥)\s*|\s*(?:€|£|USD|MXN|EUR|CAD|GBP)$/i, '');
  if (!/^\d[\d.,\s\u00a0]*$/.test(bare)) return Number.NaN;
  return parseAmount(bare);
}

/** A web address with its scheme: "www.indeed.com/job/1" gets https://; '' stays ''; null when it isn't one. */
export function normaliseUrl(text: string): string | null {
  const url = text.trim();
  if (url === '') return '';
  if (/^https?:\/\/[^\s/]+\S*$/i.test(url)) return url;
  if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(url)) return `https://${url}`;
  return null;
}

/** A date typed in the form: '' (none), a real date from 1900 to 2100, or not a date. */
function dateState(value: string): 'empty' | 'ok' | 'bad' {
  if (value.trim() === '') return 'empty';
  if (!isCalendarDate(value)) return 'bad';
  const year = Number(value.slice(0, 4));
  return year >= 1900 && year <= 2100 ? 'ok' : 'bad';
}

/**
 * Checks the form and turns it into a new job for the data layer. Every problem is
 * reported at once, in the order of the form; `job` is null while any remain.
 */
export function validateDraft(draft: Draft, today: CalendarDate, badDates: ReadonlySet<DraftField> = new Set()): { job: NewJob | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const add = (field: DraftField, code: ErrorCode) => {
    if (!errors.some((e) => e.field === field)) errors.push({ field, code });
  };
  if (draft.title.trim() === '') add('title', 'titleMissing');
  for (const field of TEXT_FIELDS) if (draft[field].length > TEXT_LIMIT) add(field, 'tooLong');

  const url = normaliseUrl(draft.url);
  if (url === null) add('url', 'urlInvalid');

  const min = readAmount(draft.payMin);
  const max = readAmount(draft.payMax);
  for (const [field, amount] of [['payMin', min], ['payMax', max]] as const) {
    if (amount !== null && !Number.isFinite(amount)) add(field, 'payNotNumber');
    else if (amount !== null && amount > MAX_AMOUNT) add(field, 'payTooLarge');
  }
  if (min !== null && max !== null && Number.isFinite(min) && Number.isFinite(max) && min > max) add('payMin', 'payMinAboveMax');

  for (const field of ['postedAt', 'deadline', 'stageAt', 'nextActionDue'] as const) {
    if (badDates.has(field) || dateState(draft[field]) === 'bad') add(field, 'dateInvalid');
  }
  if (dateState(draft.stageAt) === 'empty' && draft.stage !== 'saved') add('stageAt', 'dateInvalid');
  if (dateState(draft.postedAt) === 'ok' && dateState(draft.deadline) === 'ok' && draft.deadline < draft.postedAt) add('deadline', 'deadlineBeforePosted');
  if (dateState(draft.stageAt) === 'ok' && draft.stageAt > today) add('stageAt', 'stageAtFuture');
  if (draft.nextAction.trim() === '' && draft.nextActionDue.trim() !== '') add('nextAction', 'nextActionMissing');

  if (errors.length) return { job: null, errors: sortErrors(errors) };

  const pay: Pay | null =
    min === null && max === null ? null : { min, max, period: draft.payPeriod || null, currency: draft.currency || 'USD' };
  const fields: JobFields = {
    title: draft.title.trim(),
    employer: draft.employer.trim(),
    location: draft.location.trim(),
    workplace: draft.workplace || null,
    pay,
    source: draft.source.trim(),
    url: url ?? '',
    jobNumber: draft.jobNumber.trim(),
    postedAt: draft.postedAt || null,
    deadline: draft.deadline || null,
    description: draft.description,
    notes: draft.notes,
    contactIds: [],
    sentDocuments: [],
    nextAction: draft.nextAction.trim() ? { text: draft.nextAction.trim(), due: draft.nextActionDue || null } : null,
  };
  // The schema is the last word; anything it still refuses is shown on its field.
  const checked = JobFieldsSchema.safeParse(fields);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      errors.push({ field: schemaField(issue.path), code: issue.code === 'too_big' ? 'tooLong' : 'invalid', reason: issue.message });
    }
    return { job: null, errors: sortErrors(errors) };
  }
  return { job: { ...checked.data, stage: draft.stage, stageAt: draft.stage === 'saved' && !draft.stageAt ? today : draft.stageAt }, errors: [] };
}

function schemaField(path: readonly PropertyKey[]): DraftField {
  const [first, second] = path.map(String);
  if (first === 'pay') return second === 'max' ? 'payMax' : 'payMin';
  if (first === 'nextAction') return second === 'due' ? 'nextActionDue' : 'nextAction';
  return (DRAFT_ORDER as string[]).includes(first) ? (first as DraftField) : 'title';
}

function sortErrors(errors: FieldError[]): FieldError[] {
  return [...errors].sort((a, b) => DRAFT_ORDER.indexOf(a.field) - DRAFT_ORDER.indexOf(b.field));
}
