import { z } from 'zod';
import { foldForSearch } from '../text/fold';
import { CalendarDateSchema, WORKPLACES, type Job } from './job';
import { PAY_PERIODS, toYearly, yearlyPay } from './pay';
import { STAGES } from './stages';

/** Which date a date-range filter looks at. */
export const JOB_DATE_FIELDS = ['stageAt', 'postedAt', 'deadline', 'createdAt', 'updatedAt'] as const;

/** A filter over the user's jobs: the table's controls and a saved search are both one of these. */
export const JobFilterSchema = z
  .object({
    /** Words that must all appear (in any order) in the title, employer, location, source, job number or notes. */
    text: z.string().max(500).optional(),
    stages: z.array(z.enum(STAGES)).max(STAGES.length).optional(),
    /** Matches the job's source ignoring case and accents; any of them. */
    sources: z.array(z.string().max(500)).max(100).optional(),
    location: z.string().max(500).optional(),
    workplaces: z.array(z.enum(WORKPLACES)).max(WORKPLACES.length).optional(),
    /** At least this much pay, compared as full-time yearly amounts in the same currency. */
    minPay: z.object({ amount: z.number().nonnegative(), period: z.enum(PAY_PERIODS), currency: z.string().length(3) }).optional(),
    dates: z
      .object({ field: z.enum(JOB_DATE_FIELDS), from: CalendarDateSchema.optional(), to: CalendarDateSchema.optional() })
      .optional(),
  })
  .strict();
export type JobFilter = z.infer<typeof JobFilterSchema>;

/** The fields free-text search covers, folded. The description is left out: see searchText's note. */
export function searchText(job: Pick<Job, 'title' | 'employer' | 'location' | 'source' | 'jobNumber' | 'notes'>): string {
  // Descriptions are whole postings (often 5–10 KB); scanning them on every keystroke over
  // 10,000 jobs would miss the one-frame goal and double what is stored.
  return foldForSearch([job.title, job.employer, job.location, job.source, job.jobNumber, job.notes].join('\n'));
}

/** Prepares a filter once so testing many jobs against it does no repeated folding. */
export function compileJobFilter(filter: JobFilter): (job: Job, text?: string) => boolean {
  const words = filter.text ? foldForSearch(filter.text).split(' ').filter(Boolean) : [];
  const stages = filter.stages?.length ? new Set<string>(filter.stages) : null;
  const sources = filter.sources?.length ? new Set(filter.sources.map(foldForSearch)) : null;
  const location = filter.location ? foldForSearch(filter.location) : '';
  const workplaces = filter.workplaces?.length ? new Set<string>(filter.workplaces) : null;
  const minPay = filter.minPay;
  const minYearly = minPay ? toYearly(minPay.amount, minPay.period) : 0;
  const dates = filter.dates;

  return (job, text) => {
    if (stages && !stages.has(job.stage)) return false;
    if (sources && !sources.has(foldForSearch(job.source))) return false;
    if (workplaces && (job.workplace === null || !workplaces.has(job.workplace))) return false;
    if (location && !foldForSearch(job.location).includes(location)) return false;
    if (minPay) {
      const yearly = job.pay && job.pay.currency === minPay.currency ? yearlyPay(job.pay) : null;
      if (yearly === null || yearly < minYearly) return false;
    }
    if (dates) {
      const raw = job[dates.field];
      const value = raw === null ? null : raw.slice(0, 10);
      if (value === null || (dates.from && value < dates.from) || (dates.to && value > dates.to)) return false;
    }
    if (words.length) {
      const haystack = text ?? searchText(job);
      for (const word of words) if (!haystack.includes(word)) return false;
    }
    return true;
  };
}

/** True when the job passes the filter; use compileJobFilter for many jobs. */
export function matchesJobFilter(job: Job, filter: JobFilter): boolean {
  return compileJobFilter(filter)(job);
}
