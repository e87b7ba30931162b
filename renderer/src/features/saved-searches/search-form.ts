import { PAY_PERIODS, type JobFilter, type PayPeriod, type SavedSearch, type StageId } from '../../../../shared/domain/jobs';

/** What the saved-search form holds: text as typed, checked stages. */
export interface SearchDraft {
  name: string;
  text: string;
  location: string;
  payAmount: string;
  payPeriod: PayPeriod;
  stages: StageId[];
  /** One source, or several separated by commas ("Indeed, WorkSource"). */
  source: string;
}

export type SearchProblemKey = 'nameRequired' | 'nameTooLong' | 'payInvalid' | 'tooLong';

export interface SearchProblem {
  field: keyof SearchDraft;
  key: SearchProblemKey;
}

// The filter's own limits (JobFilterSchema).
const TEXT_MAX = 500;

/** The form's starting values: the search's own filter, or blank. */
export function draftFromSearch(search: Pick<SavedSearch, 'name' | 'filter'> | null): SearchDraft {
  const filter = search?.filter ?? {};
  return {
    name: search?.name ?? '',
    text: filter.text ?? '',
    location: filter.location ?? '',
    payAmount: filter.minPay ? String(filter.minPay.amount) : '',
    payPeriod: filter.minPay?.period ?? 'hour',
    stages: filter.stages ? [...filter.stages] : [],
    source: (filter.sources ?? []).join(', '),
  };
}

/**
 * Reads an amount as people type it: "20", "20.50", "$45,000", or "20,50" with a decimal
 * comma. Null when it is not a plain amount.
 */
export function parseAmount(text: string): number | null {
  const bare = text.replace(/[\s$]/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(bare)) return Number(bare.replace(/,/g, ''));
  if (/^\d+([.,]\d{1,2})?$/.test(bare)) return Number(bare.replace(',', '.'));
  return null;
}

/** What is wrong with the form, in field order; empty when it can be saved. */
export function searchProblems(draft: SearchDraft): SearchProblem[] {
  const problems: SearchProblem[] = [];
  const name = draft.name.trim();
  if (!name) problems.push({ field: 'name', key: 'nameRequired' });
  else if (name.length > 200) problems.push({ field: 'name', key: 'nameTooLong' });
  if (draft.text.length > TEXT_MAX) problems.push({ field: 'text', key: 'tooLong' });
  if (draft.location.length > TEXT_MAX) problems.push({ field: 'location', key: 'tooLong' });
  const amount = draft.payAmount.trim();
  if (amount && (parseAmount(amount) === null || (parseAmount(amount) ?? 0) > 1e9)) problems.push({ field: 'payAmount', key: 'payInvalid' });
  if (draft.source.length > TEXT_MAX) problems.push({ field: 'source', key: 'tooLong' });
  return problems;
}

/**
 * The filter the form describes; blank fields are left out. Parts the form doesn't show
 * (workplaces, dates) are kept from `base`, so editing never loses them.
 */
export function filterFromDraft(draft: SearchDraft, base: JobFilter = {}): JobFilter {
  const { text: _t, location: _l, minPay: _p, stages: _s, sources: _src, ...kept } = base;
  const filter: JobFilter = { ...kept };
  if (draft.text.trim()) filter.text = draft.text.trim();
  if (draft.location.trim()) filter.location = draft.location.trim();
  const amount = draft.payAmount.trim() ? parseAmount(draft.payAmount) : null;
  if (amount !== null) filter.minPay = { amount, period: draft.payPeriod, currency: 'USD' };
  if (draft.stages.length) filter.stages = [...draft.stages];
  const sources = draft.source.split(',').map((s) => s.trim()).filter(Boolean);
  if (sources.length) filter.sources = sources.slice(0, 100);
  return filter;
}

export { PAY_PERIODS };
