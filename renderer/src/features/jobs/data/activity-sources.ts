import {
  createActivityRegistry,
  deriveJobActivities,
  STAGE_CHANGE_SOURCE,
  type ActivityDeriver,
  type JobHistory,
} from '../../../../../shared/domain/activity';
import type { CalendarDate, StageChange } from '../../../../../shared/domain/jobs';
import type { CareerDb } from '../../../db/career-db';
import { stageChangesBetween } from '../../../db/stage-changes-table';

/** Reads the records of one source that can yield activities dated from `from` to `to`. */
export type ActivityLoader<R> = (db: CareerDb, from: CalendarDate, to: CalendarDate) => Promise<R[]>;

const registry = createActivityRegistry();
const loaders = new Map<string, ActivityLoader<unknown>>();

/**
 * Adds a source to the app's job-search log: `derive` (pure, from shared/domain) turns its
 * records into activities, `load` reads those records from Dexie. Events and letters add
 * themselves here later. Returns a function that removes the source.
 */
export function registerActivitySource<R>(id: string, derive: ActivityDeriver<R>, load: ActivityLoader<R>): () => void {
  const remove = registry.registerActivitySource(id, derive);
  loaders.set(id, load as ActivityLoader<unknown>);
  return () => {
    remove();
    loaders.delete(id);
  };
}

/** The app's registry and loaders, for collectActivities. */
export function activitySources(): { registry: typeof registry; loaders: ReadonlyMap<string, ActivityLoader<unknown>> } {
  return { registry, loaders };
}

/** Stage changes in the range, grouped with their job and the job's contacts. */
export const loadJobHistories: ActivityLoader<JobHistory> = async (db, from, to) => {
  const changes = await stageChangesBetween(db, from, to);
  const byJob = new Map<string, StageChange[]>();
  for (const change of changes) {
    const list = byJob.get(change.jobId);
    if (list) list.push(change);
    else byJob.set(change.jobId, [change]);
  }
  const jobs = (await db.jobs.bulkGet([...byJob.keys()])).filter((j) => j !== undefined);
  // One read for every contact of every job in the range.
  const contactIds = [...new Set(jobs.flatMap((j) => j.contactIds))];
  const contacts = new Map((await db.contacts.bulkGet(contactIds)).filter((c) => c !== undefined).map((c) => [c.id, c]));
  const histories: JobHistory[] = jobs.map((job) => ({
    job,
    changes: byJob.get(job.id) ?? [],
    contacts: job.contactIds.flatMap((id) => contacts.get(id) ?? []),
  }));
  return histories;
};

registerActivitySource(STAGE_CHANGE_SOURCE, deriveJobActivities, loadJobHistories);
