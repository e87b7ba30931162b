import { addDays, type CalendarDate } from './calendar-date';
import { employerKey } from './employer';
import type { Job } from './job';
import type { StageId } from './stages';

/** How far back a rejection or a silence still deserves a warning. */
export const REAPPLY_WINDOW_DAYS = 90;

/** A recent job at the same employer that ended badly. */
export interface ReapplyWarning {
  jobId: string;
  title: string;
  employer: string;
  stage: Extract<StageId, 'rejected' | 'no-response'>;
  at: CalendarDate;
}

type JobSummary = Pick<Job, 'id' | 'title' | 'employer' | 'stage' | 'stageAt'>;

/**
 * Jobs at the same employer (ignoring case, accents, punctuation and "Inc."-style suffixes)
 * whose latest stage is Rejected or No response, dated within the last 90 days: newest first.
 */
export function findReapplyWarnings(
  employer: string,
  jobs: readonly JobSummary[],
  today: CalendarDate,
  options: { excludeJobId?: string; windowDays?: number } = {},
): ReapplyWarning[] {
  const key = employerKey(employer);
  if (key === '') return [];
  const since = addDays(today, -(options.windowDays ?? REAPPLY_WINDOW_DAYS));
  const warnings: ReapplyWarning[] = [];
  for (const job of jobs) {
    if (job.id === options.excludeJobId) continue;
    if (job.stage !== 'rejected' && job.stage !== 'no-response') continue;
    // A date in the future is a typo or a clock change; still recent enough to mention.
    if (job.stageAt < since) continue;
    if (employerKey(job.employer) !== key) continue;
    warnings.push({ jobId: job.id, title: job.title, employer: job.employer, stage: job.stage, at: job.stageAt });
  }
  return warnings.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
