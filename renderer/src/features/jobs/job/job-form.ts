import {
  isCalendarDate,
  JobPatchSchema,
  PAY_PERIODS,
  TEXT_LIMIT,
  WORKPLACES,
  type Job,
  type JobPatch,
  type PayPeriod,
  type Workplace,
} from '../../../../../shared/domain/jobs';
import { parseAmountInput } from '../table/filter-jobs';

/** The edit form's fields, as typed. */
export interface JobForm {
  title: string;
  employer: string;
  location: string;
  workplace: Workplace | '';
  payMin: string;
  payMax: string;
  payPeriod: PayPeriod | '';
  currency: string;
  source: string;
  url: string;
  jobNumber: string;
  postedAt: string;
  deadline: string;
  description: string;
}
export type FormField = keyof JobForm;

/** What can be wrong, each a message key under jobs.form.errors. */
export type FormError =
  | 'titleRequired'
  | 'tooLong'
  | 'urlScheme'
  | 'amountInvalid'
  | 'payOrder'
  | 'currencyInvalid'
  | 'dateInvalid'
  | 'unknown';

/** The order fields appear in, which the error summary follows. */
export const FORM_FIELDS: readonly FormField[] = [
  'title', 'employer', 'location', 'workplace', 'payMin', 'payMax', 'payPeriod', 'currency',
  'source', 'url', 'jobNumber', 'postedAt', 'deadline', 'description',
];

const plain = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** The form filled from a job. */
export function toForm(job: Job): JobForm {
  return {
    title: job.title,
    employer: job.employer,
    location: job.location,
    workplace: job.workplace ?? '',
    payMin: plain(job.pay?.min),
    payMax: plain(job.pay?.max),
    payPeriod: job.pay?.period ?? '',
    currency: job.pay?.currency ?? 'USD',
    source: job.source,
    url: job.url,
    jobNumber: job.jobNumber,
    postedAt: job.postedAt ?? '',
    deadline: job.deadline ?? '',
    description: job.description,
  };
}

const TEXT_FIELDS = ['title', 'employer', 'location', 'source', 'url', 'jobNumber', 'description'] as const;

/**
 * Checks the form and builds the change to save. Errors name the field and a message key,
 * so the form can show them beside the field and in the summary, in the user's language.
 */
export function fromForm(form: JobForm): { patch: JobPatch | null; errors: Partial<Record<FormField, FormError>> } {
  const errors: Partial<Record<FormField, FormError>> = {};
  for (const field of TEXT_FIELDS) if (form[field].length > TEXT_LIMIT) errors[field] = 'tooLong';
  if (!errors.title && form.title.trim() === '') errors.title = 'titleRequired';
  const url = form.url.trim();
  if (!errors.url && url !== '' && !/^https?:\/\/[^\s/]+/i.test(url)) errors.url = 'urlScheme';

  const min = form.payMin.trim() === '' ? null : parseAmountInput(form.payMin);
  const max = form.payMax.trim() === '' ? null : parseAmountInput(form.payMax);
  if (form.payMin.trim() !== '' && (min === null || min > 1e9)) errors.payMin = 'amountInvalid';
  if (form.payMax.trim() !== '' && (max === null || max > 1e9)) errors.payMax = 'amountInvalid';
  if (!errors.payMin && !errors.payMax && min !== null && max !== null && min > max) errors.payMax = 'payOrder';
  const currency = form.currency.trim().toUpperCase();
  const hasPay = min !== null || max !== null;
  if (hasPay && !/^[A-Z]{3}$/.test(currency)) errors.currency = 'currencyInvalid';

  for (const field of ['postedAt', 'deadline'] as const) if (form[field] !== '' && !isCalendarDate(form[field])) errors[field] = 'dateInvalid';
  if (form.workplace !== '' && !(WORKPLACES as readonly string[]).includes(form.workplace)) errors.workplace = 'unknown';
  if (form.payPeriod !== '' && !(PAY_PERIODS as readonly string[]).includes(form.payPeriod)) errors.payPeriod = 'unknown';
  if (Object.keys(errors).length > 0) return { patch: null, errors };

  const patch: JobPatch = {
    title: form.title.trim(),
    employer: form.employer.trim(),
    location: form.location.trim(),
    workplace: form.workplace === '' ? null : form.workplace,
    pay: hasPay ? { min, max, period: form.payPeriod === '' ? null : form.payPeriod, currency } : null,
    source: form.source.trim(),
    url,
    jobNumber: form.jobNumber.trim(),
    postedAt: form.postedAt || null,
    deadline: form.deadline || null,
    description: form.description,
  };
  // The domain's own rules have the last word; anything they still refuse is reported on the title.
  return JobPatchSchema.safeParse(patch).success ? { patch, errors } : { patch: null, errors: { title: 'unknown' } };
}
