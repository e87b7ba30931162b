import { addDays } from '../../../../shared/domain/jobs';
import { deriveEventActivities, EVENT_ACTIVITY_SOURCE, type EventActivityRecord } from '../../../../shared/domain/schedule';
import { eventsBetween } from '../../db/events-table';
import { registerActivitySource, type ActivityLoader } from '../jobs/data/activity-sources';
import { localMidnight } from './dates/calendar-math';

/**
 * The attended events dated from `from` to `to`, with their job's title, employer and stage
 * and their contact's name (the log's columns). An event is dated by its start in its own
 * zone, so the window read is a day wider each side and then narrowed by that date.
 */
export const loadEventActivityRecords: ActivityLoader<EventActivityRecord> = async (db, from, to) => {
  const events = (await eventsBetween(db, localMidnight(addDays(from, -1)), localMidnight(addDays(to, 2)))).filter(
    (e) => e.outcome === 'attended' && !e.recurrence && e.start.slice(0, 10) >= from && e.start.slice(0, 10) <= to,
  );
  const jobIds = [...new Set(events.flatMap((e) => (e.jobId ? [e.jobId] : [])))];
  const contactIds = [...new Set(events.flatMap((e) => (e.contactId ? [e.contactId] : [])))];
  const [jobs, contacts] = await Promise.all([db.jobs.bulkGet(jobIds), db.contacts.bulkGet(contactIds)]);
  const jobById = new Map(jobs.filter((j) => j !== undefined).map((j) => [j.id, j]));
  const contactById = new Map(contacts.filter((c) => c !== undefined).map((c) => [c.id, c]));
  return events.map((event) => {
    const job = event.jobId ? jobById.get(event.jobId) : undefined;
    return {
      ...event,
      linkedJob: job ? { id: job.id, title: job.title, employer: job.employer, stage: job.stage } : null,
      linkedContactName: (event.contactId && contactById.get(event.contactId)?.name) || '',
    };
  });
};

registerActivitySource(EVENT_ACTIVITY_SOURCE, deriveEventActivities, loadEventActivityRecords);
