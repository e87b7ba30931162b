import { z } from 'zod';
import { CalendarDateSchema, RecordIdSchema, textField } from '../jobs/job';
import { STAGES } from '../jobs/stages';

/** What counts toward the weekly requirement (Washington ESD's list, plus "other"). */
export const ACTIVITY_TYPES = [
  'application',
  'interview',
  'workshop',
  'hiring-event',
  'employer-contact',
  'job-centre-appointment',
  'other',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** English names for the log an auditor reads. */
export const ACTIVITY_TYPE_LABELS_EN: Record<ActivityType, string> = {
  application: 'Application',
  interview: 'Interview',
  workshop: 'Workshop',
  'hiring-event': 'Hiring event',
  'employer-contact': 'Contact with employer',
  'job-centre-appointment': 'Job centre appointment',
  other: 'Other',
};

/** An activity's id: its source kind and the source record's id, so deriving twice gives the same id. */
export const ActivityIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,39}:[A-Za-z0-9_-]{1,64}$/, 'is not an activity id');

/** Which record an activity comes from: kind 'manual' for ones the user typed in. */
export const ActivitySourceSchema = z.object({
  kind: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
});

/** One line of the job-search log, with the columns the unemployment office asks for. */
export const ActivitySchema = z.object({
  id: ActivityIdSchema,
  date: CalendarDateSchema,
  type: z.enum(ACTIVITY_TYPES),
  employer: textField('The employer or organisation'),
  contactPerson: z.string().max(1000),
  /** How the contact was made: online, in person, phone, email ... in the user's words. */
  contactMethod: z.string().max(1000),
  position: textField('The position'),
  result: textField('The result'),
  source: ActivitySourceSchema,
  /** The job it is about, when there is one (the log links back to it). */
  jobId: RecordIdSchema.nullable(),
  /** The job's current stage, for a result the UI can translate when `result` is blank. */
  outcome: z.enum(STAGES).nullable(),
});
export type Activity = z.infer<typeof ActivitySchema>;
export type ActivitySource = z.infer<typeof ActivitySourceSchema>;

/**
 * An activity as stored: one the user added (source kind 'manual'), or the user's edit of a
 * derived one (same id and source), which wins over what is derived. `hidden` removes a
 * derived activity from the log without touching the job it came from.
 */
export const StoredActivitySchema = ActivitySchema.extend({
  hidden: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type StoredActivity = z.infer<typeof StoredActivitySchema>;

/** The stable id of the activity that record `recordId` of source `kind` produces. */
export function activityId(kind: string, recordId: string): string {
  return `${kind}:${recordId}`;
}
