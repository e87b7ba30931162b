import type { Contact } from '../jobs/contact';
import type { Job } from '../jobs/job';
import type { StageChange } from '../jobs/stage-change';
import { buildTimeline } from '../jobs/timeline';
import { activityId, type Activity, type ActivityType } from './activity';

/** The source id under which stage changes register (and the kind in their activities' source). */
export const STAGE_CHANGE_SOURCE = 'stage-change';

/** One job with its stage changes and linked contacts: the record the stage-change deriver reads. */
export interface JobHistory {
  job: Pick<Job, 'id' | 'title' | 'employer' | 'source' | 'stage'>;
  changes: readonly StageChange[];
  contacts: readonly Pick<Contact, 'name'>[];
}

const TYPE_BY_STAGE: Partial<Record<StageChange['stage'], ActivityType>> = {
  applied: 'application',
  interviewing: 'interview',
};

/**
 * A change to Applied is an application; to Interviewing, an interview. One per job, type
 * and date: dragging a card back and forth on the board must not pad an audited log.
 * Changes whose date was not known (imports without a date) never count.
 */
export function deriveJobActivities(histories: readonly JobHistory[]): Activity[] {
  const activities: Activity[] = [];
  for (const { job, changes, contacts } of histories) {
    const seen = new Set<string>();
    for (const change of buildTimeline(changes)) {
      const type = TYPE_BY_STAGE[change.stage];
      if (!type || change.dateUnknown || change.jobId !== job.id) continue;
      const key = `${type}|${change.at}`;
      if (seen.has(key)) continue;
      seen.add(key);
      activities.push({
        id: activityId(STAGE_CHANGE_SOURCE, change.id),
        date: change.at,
        type,
        employer: job.employer,
        contactPerson: contacts.map((c) => c.name).join(', '),
        // The job's source ("Indeed", "WorkSource office") is the best record of how it was done.
        contactMethod: job.source,
        position: job.title,
        result: change.note,
        source: { kind: STAGE_CHANGE_SOURCE, id: change.id },
        jobId: job.id,
        outcome: job.stage,
      });
    }
  }
  return activities;
}
