// Attended interviews, workshops, hiring events and job-centre appointments are job-search
// activities: the unemployment office's log counts them. The schedule contributes them to
// the activity registry through this pure deriver (the renderer registers it).
import { activityId, type Activity, type ActivityType } from '../activity/activity';
import type { Job } from '../jobs/job';
import type { EventKind, ScheduleEvent } from './event';

/** The source id under which events register (and the kind in their activities' source). */
export const EVENT_ACTIVITY_SOURCE = 'event';

const TYPE_BY_KIND: Partial<Record<EventKind, ActivityType>> = {
  interview: 'interview',
  workshop: 'workshop',
  'hiring-event': 'hiring-event',
  'job-centre-appointment': 'job-centre-appointment',
};

/** An event with what the log needs from its links; a plain ScheduleEvent works too (links blank). */
export type EventActivityRecord = ScheduleEvent & {
  linkedJob?: Pick<Job, 'id' | 'title' | 'employer' | 'stage'> | null;
  linkedContactName?: string;
};

/**
 * One activity per attended event of a counted kind, dated the day it started (in its own
 * zone). A repeating series counts only through its occurrences marked attended, which are
 * override records: "attended" on a whole series would claim every week at once.
 */
export function deriveEventActivities(records: readonly EventActivityRecord[]): Activity[] {
  const activities: Activity[] = [];
  for (const event of records) {
    const type = TYPE_BY_KIND[event.kind];
    if (!type || event.outcome !== 'attended' || event.recurrence) continue;
    const job = event.linkedJob && event.linkedJob.id === event.jobId ? event.linkedJob : null;
    activities.push({
      id: activityId(EVENT_ACTIVITY_SOURCE, event.id),
      date: event.start.slice(0, 10),
      type,
      employer: job?.employer ?? '',
      contactPerson: (event.linkedContactName ?? '').slice(0, 1000),
      // Where it happened is how it happened: the office's address, or the video link.
      contactMethod: (event.location || event.url).slice(0, 1000),
      position: job?.title ?? '',
      result: event.title,
      source: { kind: EVENT_ACTIVITY_SOURCE, id: event.id },
      jobId: job?.id ?? event.jobId,
      outcome: job?.stage ?? null,
    });
  }
  return activities.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}
