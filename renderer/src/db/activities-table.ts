import {
  activityId,
  ActivitySchema,
  StoredActivitySchema,
  type Activity,
  type StoredActivity,
} from '../../../shared/domain/activity';
import type { CareerDb } from './career-db';
import { newId, nowIso } from './clock';
import { InvalidRecordError, RecordNotFoundError, validate } from './errors';

/** The source kind of activities the user typed in. */
export const MANUAL_SOURCE = 'manual';

/** What the user fills in for an activity (source and ids are the app's business). */
export type ActivityFields = Omit<Activity, 'id' | 'source' | 'outcome'>;

const EDITABLE = ActivitySchema.omit({ id: true, source: true, outcome: true });

/** Adds an activity the user typed in: a workshop, a job-centre visit, a call to an employer ... */
export async function addManualActivity(db: CareerDb, fields: ActivityFields): Promise<StoredActivity> {
  const recordId = newId();
  const now = nowIso();
  const activity = validate(
    StoredActivitySchema,
    { ...fields, id: activityId(MANUAL_SOURCE, recordId), source: { kind: MANUAL_SOURCE, id: recordId }, outcome: null, hidden: false, createdAt: now, updatedAt: now },
    'activity',
  );
  await db.activities.add(activity);
  return activity;
}

/**
 * Saves the user's changes to any activity in the log. For a derived one (an application
 * from the job's timeline) the edit is stored under the same id and from then on replaces
 * what is derived, so details the auditor asks for (result, contact method) stick.
 */
export async function saveActivity(db: CareerDb, activity: Activity, patch: Partial<ActivityFields>): Promise<StoredActivity> {
  const changes = validate(EDITABLE.partial().strict(), patch, 'change');
  return db.transaction('rw', db.activities, async () => {
    const stored = await db.activities.get(activity.id);
    const now = nowIso();
    const base = stored ?? { ...activity, hidden: false, createdAt: now };
    const next = validate(StoredActivitySchema, { ...base, ...changes, id: activity.id, source: activity.source, updatedAt: now }, 'activity');
    await db.activities.put(next);
    return next;
  });
}

/** Takes a derived activity out of the log (it stays on the job's timeline); undo with deleteActivity. */
export async function hideActivity(db: CareerDb, activity: Activity): Promise<StoredActivity> {
  if (activity.source.kind === MANUAL_SOURCE) throw new InvalidRecordError('Delete an activity you added yourself instead of hiding it.');
  const now = nowIso();
  const stored = await db.activities.get(activity.id);
  const next = validate(StoredActivitySchema, { ...(stored ?? { ...activity, createdAt: now }), hidden: true, updatedAt: now }, 'activity');
  await db.activities.put(next);
  return next;
}

/**
 * Deletes a stored activity: a manual one goes; for a derived one the user's edit or hide
 * goes and the derived activity shows again. Returns it for undo (db.activities.put).
 */
export async function deleteActivity(db: CareerDb, id: string): Promise<StoredActivity> {
  return db.transaction('rw', db.activities, async () => {
    const stored = await db.activities.get(id);
    if (!stored) throw new RecordNotFoundError('This activity is no longer in your log.');
    await db.activities.delete(id);
    return stored;
  });
}

/** The stored edit or hide for a derived activity's source record, if the user made one. */
export function storedActivityFor(db: CareerDb, source: Activity['source']): Promise<StoredActivity | undefined> {
  return db.activities.where('[source.kind+source.id]').equals([source.kind, source.id]).first();
}

/**
 * Every stored activity. Read whole on purpose: an edit keeps its id when the user later
 * moves the stage change's date, so a date-range read could miss the edit that hides it.
 * Manual activities are a few a week, so this stays small.
 */
export function listStoredActivities(db: CareerDb): Promise<StoredActivity[]> {
  return db.activities.toArray();
}
