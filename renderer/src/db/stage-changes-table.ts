import { appliedDate, buildTimeline, currentStage, StageChangeSchema, type CalendarDate, type StageChange, type StageId } from '../../../shared/domain/jobs';
import type { CareerDb } from './career-db';
import { newId, nowIso, today } from './clock';
import { InvalidRecordError, RecordNotFoundError, validate } from './errors';
import { getJob } from './jobs-table';
import type { JobRow } from './rows';

/** A job's timeline, oldest first (by the date the user gave, then by when it was recorded). */
export async function getTimeline(db: CareerDb, jobId: string): Promise<StageChange[]> {
  return buildTimeline(await db.stageChanges.where('[jobId+at]').between([jobId, ''], [jobId, '\uffff']).toArray());
}

/**
 * The job's stage and stageAt repeat its latest change, and appliedAt its first Applied step;
 * every timeline write ends here (inside its transaction) so the board and the table, which
 * read only jobs, can never disagree with the timeline.
 */
export async function syncJobStage(db: CareerDb, jobId: string): Promise<JobRow> {
  const job = await getJob(db, jobId);
  const changes = await db.stageChanges.where('jobId').equals(jobId).toArray();
  const latest = currentStage(changes);
  if (!latest) throw new InvalidRecordError('A job must keep at least one step on its timeline.');
  const next: JobRow = { ...job, stage: latest.stage, stageAt: latest.at, appliedAt: appliedDate(changes), updatedAt: nowIso() };
  await db.jobs.put(next);
  return next;
}

/**
 * Moves a job to `stage`, adding a timeline entry dated `at` (default today; the user may
 * say "I applied last Tuesday"). The job's current stage is the latest entry by date, so a
 * back-dated move can leave the current stage as it was.
 */
export async function moveJobToStage(
  db: CareerDb,
  jobId: string,
  stage: StageId,
  options: { at?: CalendarDate; note?: string } = {},
): Promise<{ job: JobRow; change: StageChange }> {
  const change = validate(
    StageChangeSchema,
    { id: newId(), jobId, stage, at: options.at ?? today(), note: options.note ?? '', createdAt: nowIso() },
    'stage change',
  );
  return db.transaction('rw', db.jobs, db.stageChanges, async () => {
    await getJob(db, jobId);
    await db.stageChanges.add(change);
    return { job: await syncJobStage(db, jobId), change };
  });
}

async function getChange(db: CareerDb, id: string): Promise<StageChange> {
  const change = await db.stageChanges.get(id);
  if (!change) throw new RecordNotFoundError('This step is no longer on the timeline.');
  return change;
}

/** Corrects a timeline entry's date, note or stage; the job's current stage follows. */
export async function editStageChange(
  db: CareerDb,
  id: string,
  patch: { at?: CalendarDate; note?: string; stage?: StageId },
): Promise<{ job: JobRow; change: StageChange }> {
  return db.transaction('rw', db.jobs, db.stageChanges, async () => {
    const current = await getChange(db, id);
    // A date the user typed is a real date now, so the entry starts counting as an activity.
    const { dateUnknown, ...rest } = current;
    const keepUnknown = dateUnknown === true && patch.at === undefined;
    const next = validate(StageChangeSchema, { ...rest, ...patch, ...(keepUnknown ? { dateUnknown } : {}) }, 'stage change');
    await db.stageChanges.put(next);
    return { job: await syncJobStage(db, current.jobId), change: next };
  });
}

/** Removes a timeline entry (undo of a move); the last remaining entry cannot be removed. */
export async function deleteStageChange(db: CareerDb, id: string): Promise<{ job: JobRow; change: StageChange }> {
  return db.transaction('rw', db.jobs, db.stageChanges, async () => {
    const change = await getChange(db, id);
    if ((await db.stageChanges.where('jobId').equals(change.jobId).count()) <= 1) {
      throw new InvalidRecordError('A job must keep at least one step on its timeline.');
    }
    await db.stageChanges.delete(id);
    return { job: await syncJobStage(db, change.jobId), change };
  });
}

/** Stage changes dated between `from` and `to`, inclusive (the activity log's read). */
export function stageChangesBetween(db: CareerDb, from: CalendarDate, to: CalendarDate): Promise<StageChange[]> {
  return db.stageChanges.where('at').between(from, to, true, true).toArray();
}
