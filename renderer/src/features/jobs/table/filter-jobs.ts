import { foldForSearch } from '../../../../../shared/domain/text/fold';
import { CLOSED_STAGES, toYearly, type PayPeriod, type StageId } from '../../../../../shared/domain/jobs';
import type { JobRow } from '../../../db/rows';
import type { DateField, StageFilter, TableFilters } from './table-state';

/**
 * Reads an amount the way people type it: "20", "18.50", "18,50", "60,000", "60.000",
 * "$25". Null when it isn't a number.
 */
export function parseAmountInput(text: string): number | null {
  let s = text.replace(/[\s$€£¥\u00a0]/g, '');
  if (s === '') return null;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

const CLOSED = new Set<StageId>(CLOSED_STAGES);

function stageTest(stage: StageFilter): ((s: StageId) => boolean) | null {
  if (stage === 'all') return null;
  if (stage === 'open') return (s) => !CLOSED.has(s);
  if (stage === 'closed') return (s) => CLOSED.has(s);
  return (s) => s === stage;
}

const PER_YEAR: Record<PayPeriod, number> = { hour: toYearly(1, 'hour'), day: toYearly(1, 'day'), week: toYearly(1, 'week'), month: toYearly(1, 'month'), year: 1 };

function dateOf(job: JobRow, field: DateField): string | null {
  const value = field === 'applied' ? job.appliedAt : job[field];
  return value ? value.slice(0, 10) : null;
}

/**
 * Everything but the words: stage, source, pay range (as full-time yearly amounts in
 * `currency`; a job's range only has to reach into the wanted one) and a date range.
 * Unreadable numbers are ignored here; the form says what is wrong with them.
 */
export function compileFieldFilter(f: TableFilters, currency: string): ((job: JobRow) => boolean) | null {
  const stage = stageTest(f.stage);
  const source = f.source;
  const min = parseAmountInput(f.payMin);
  const max = parseAmountInput(f.payMax);
  const minYear = min === null ? null : min * PER_YEAR[f.payPeriod];
  const maxYear = max === null ? null : max * PER_YEAR[f.payPeriod];
  const from = f.from || null;
  const to = f.to || null;
  if (!stage && !source && minYear === null && maxYear === null && !from && !to) return null;
  const sources = new Map<string, string>();
  return (job) => {
    if (stage && !stage(job.stage)) return false;
    if (source) {
      let folded = sources.get(job.source);
      if (folded === undefined) sources.set(job.source, (folded = foldForSearch(job.source)));
      if (folded !== source) return false;
    }
    if (minYear !== null || maxYear !== null) {
      const pay = job.pay;
      if (!pay || pay.period === null || pay.currency !== currency) return false;
      const low = (pay.min ?? pay.max ?? 0) * PER_YEAR[pay.period];
      const high = (pay.max ?? pay.min ?? 0) * PER_YEAR[pay.period];
      if (minYear !== null && high < minYear) return false;
      if (maxYear !== null && low > maxYear) return false;
    }
    if (from || to) {
      const value = dateOf(job, f.dateField);
      if (!value || (from && value < from) || (to && value > to)) return false;
    }
    return true;
  };
}

/** The folded words of the search box; every one must appear in the job's search text. */
export function searchWords(text: string): string[] {
  return foldForSearch(text).split(' ').filter(Boolean);
}

/**
 * The sources people have used, once each (folded value → its most used spelling, a
 * capitalised one on a tie), A–Z.
 */
export function distinctSources(jobs: Iterable<JobRow>, language: string): Array<{ value: string; label: string }> {
  const spellings = new Map<string, Map<string, number>>();
  const folded = new Map<string, string>(); // a few sources, thousands of jobs: fold each spelling once
  for (const job of jobs) {
    const label = job.source.trim();
    if (!label) continue;
    let key = folded.get(label);
    if (key === undefined) folded.set(label, (key = foldForSearch(label)));
    const counts = spellings.get(key) ?? new Map<string, number>();
    counts.set(label, (counts.get(label) ?? 0) + 1);
    spellings.set(key, counts);
  }
  const capital = (s: string) => (s[0] !== s[0].toLowerCase() ? 1 : 0);
  const best = (counts: Map<string, number>) =>
    [...counts].sort((a, b) => b[1] - a[1] || capital(b[0]) - capital(a[0]) || (a[0] < b[0] ? -1 : 1))[0][0];
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return [...spellings].map(([value, counts]) => ({ value, label: best(counts) })).sort((a, b) => collator.compare(a.label, b.label));
}

/** The currency most jobs are paid in, which the pay filter uses (US dollars when none say). */
export function mainCurrency(jobs: Iterable<JobRow>): string {
  const counts = new Map<string, number>();
  for (const job of jobs) if (job.pay) counts.set(job.pay.currency, (counts.get(job.pay.currency) ?? 0) + 1);
  let best = 'USD';
  let most = 0;
  for (const [currency, count] of counts) if (count > most) [best, most] = [currency, count];
  return best;
}
