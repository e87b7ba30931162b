import { activityId, type Activity } from '../activity/activity';
import type { Job } from '../jobs/job';
import { letterType } from '../letters';
import { CHANNEL_LABELS_EN } from './channels';
import type { Message } from './message';

/** The source id sent letters register under (and the kind in their activities' source). */
export const LETTER_SOURCE = 'letter';

/** A message from the correspondence log with its job and person: what the letter deriver reads. */
export interface SentLetterRecord {
  message: Pick<Message, 'id' | 'at' | 'direction' | 'channel' | 'subject' | 'letterType' | 'jobId'>;
  job: Pick<Job, 'title' | 'employer' | 'stage'> | null;
  contact: { name: string } | null;
}

/**
 * A letter the user sent counts in the job-search log when its type is a job-search
 * activity (a follow-up, a thank-you, accepting an offer ...), once per message, dated the
 * day it was sent. Calls and messages noted by hand do not count here: the user adds
 * those to the log themselves, and counting them twice would pad an audited record.
 */
export function deriveLetterActivities(records: readonly SentLetterRecord[]): Activity[] {
  const activities: Activity[] = [];
  for (const { message, job, contact } of records) {
    if (message.direction !== 'sent' || !message.letterType) continue;
    const activity = letterType(message.letterType).activity;
    if (!activity) continue;
    activities.push({
      id: activityId(LETTER_SOURCE, message.id),
      date: message.at,
      type: activity.type,
      employer: job?.employer ?? '',
      contactPerson: contact?.name ?? '',
      contactMethod: CHANNEL_LABELS_EN[message.channel],
      position: job?.title ?? '',
      result: message.subject,
      source: { kind: LETTER_SOURCE, id: message.id },
      jobId: message.jobId,
      outcome: job?.stage ?? null,
    });
  }
  return activities;
}
