import type { JobFields, PayPeriod, StageId, Workplace } from '../../../../../../shared/domain/jobs';

/** What the job form holds while the user types: text for every input, so nothing typed is lost. */
export interface Draft {
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
  stage: StageId;
  stageAt: string;
  nextAction: string;
  nextActionDue: string;
  description: string;
  notes: string;
}

export type DraftField = keyof Draft;

/** The fields in the order the form shows them (the error summary lists problems in this order). */
export const DRAFT_ORDER: DraftField[] = [
  'title', 'employer', 'location', 'workplace', 'payMin', 'payMax', 'payPeriod', 'currency', 'source', 'url', 'jobNumber',
  'postedAt', 'deadline', 'stage', 'stageAt', 'nextAction', 'nextActionDue', 'description', 'notes',
];

/** The id of a field's input, so the error summary can link to it. */
export const fieldId = (field: DraftField) => `add-job-${field}`;

/** An empty form that starts a job as Saved today. */
export function emptyDraft(today: string): Draft {
  return {
    title: '', employer: '', location: '', workplace: '', payMin: '', payMax: '', payPeriod: '', currency: 'USD',
    source: '', url: '', jobNumber: '', postedAt: '', deadline: '', stage: 'saved', stageAt: today,
    nextAction: '', nextActionDue: '', description: '', notes: '',
  };
}

/** An amount as the form shows it: plain digits, cents only when there are some ("18.50", "55000"). */
export function amountText(amount: number | null): string {
  if (amount === null) return '';
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
}

/** The form fields that job fields (from a posting or pasted text) fill in; only what they state. */
export function draftFromFields(fields: Partial<JobFields>): Partial<Draft> {
  const draft: Partial<Draft> = {};
  for (const key of ['title', 'employer', 'location', 'source', 'url', 'jobNumber', 'description'] as const) {
    const value = fields[key];
    if (value) draft[key] = value;
  }
  if (fields.workplace) draft.workplace = fields.workplace;
  if (fields.postedAt) draft.postedAt = fields.postedAt;
  if (fields.deadline) draft.deadline = fields.deadline;
  if (fields.pay) {
    draft.payMin = amountText(fields.pay.min);
    draft.payMax = amountText(fields.pay.max);
    draft.payPeriod = fields.pay.period ?? '';
    draft.currency = fields.pay.currency;
  }
  return draft;
}

/** True when the user has typed or filled anything beyond the defaults. */
export function hasContent(draft: Draft): boolean {
  const { stage: _s, stageAt: _a, currency: _c, ...rest } = draft;
  return draft.stage !== 'saved' || Object.values(rest).some((v) => v.trim() !== '');
}
