import { STAGES, yearlyPay } from '../../../../../shared/domain/jobs';
import type { JobRow } from '../../../db/rows';
import type { SortDir, SortKey } from './table-state';

type Key = string | number | null;

/** How a column's order is said: names A to Z, dates earliest first, pay lowest first, stages in board order. */
export function sortOrderWords(key: Exclude<SortKey, 'updated'>, dir: SortDir): `${'text' | 'date' | 'amount' | 'stage'}_${SortDir}` {
  const kind = key === 'title' || key === 'employer' ? 'text' : key === 'pay' ? 'amount' : key === 'stage' ? 'stage' : 'date';
  return `${kind}_${dir}`;
}

function keyFor(sort: SortKey): (job: JobRow) => Key {
  switch (sort) {
    case 'title':
      return (job) => job.title;
    case 'employer':
      return (job) => job.employer.trim() || null;
    case 'stage':
      return (job) => STAGES.indexOf(job.stage);
    case 'applied':
      return (job) => job.appliedAt;
    case 'deadline':
      return (job) => job.deadline;
    case 'nextAction':
      return (job) => job.nextAction?.due ?? null;
    case 'pay':
      return (job) => (job.pay ? yearlyPay(job.pay) : null);
    case 'updated':
      return (job) => job.updatedAt;
  }
}

/**
 * The jobs in the order of one column. Empty values (no deadline, no pay) go last either
 * way; ties keep the most recently changed first. Text is compared as people read it.
 */
export function sortJobs(jobs: readonly JobRow[], sort: { key: SortKey; dir: SortDir }, language: string): JobRow[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const read = keyFor(sort.key);
  const sign = sort.dir === 'asc' ? 1 : -1;
  // Keys are read once per job, not once per comparison.
  const keyed = jobs.map((job) => ({ job, key: read(job) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key !== b.key) return a.key === null ? 1 : -1;
    } else {
      const order = typeof a.key === 'string' && typeof b.key === 'string' ? collator.compare(a.key, b.key) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      if (order !== 0) return order * sign;
    }
    if (sort.key === 'stage' && a.job.stageAt !== b.job.stageAt) return a.job.stageAt < b.job.stageAt ? 1 : -1;
    return a.job.updatedAt < b.job.updatedAt ? 1 : a.job.updatedAt > b.job.updatedAt ? -1 : 0;
  });
  return keyed.map((k) => k.job);
}
