import { appliedDate, buildTimeline, checkStepDate, currentStage, STAGE_LABELS_EN, StageChangeSchema, type DatedStep, type CalendarDate, type StageChange, type StageId } from '../../../shared/domain/jobs';
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

/** A date that would put a step out of order (see checkStepDate); `message` is plain English, the UI words its own. */
export class StepOrderError extends InvalidRecordError {
  override name = 'StepOrderError';
}

/**
 * Keeps the history in order when the user dates a step: refuses a date that passes a step
 * further along (or one less far), and moves Saved steps back to a step dated before them.
 */
async function keepInOrder(db: CareerDb, jobId: string, step: DatedStep): Promise<void> {
  const check = checkStepDate(await db.stageChanges.where('jobId').equals(jobId).toArray(), step);
  if (!check.ok) {
    const [stage, other] = [STAGE_LABELS_EN[step.stage], STAGE_LABELS_EN[check.conflict.stage]];
    throw new StepOrderError(`“${stage}” must come ${check.mustBe} “${other}” (${check.conflict.at}) in the history.`);
  }
  for (const saved of check.savedSteps) await db.stageChanges.update(saved.id, { at: step.at });
}

/**
 * Moves a job to `stage`, adding a timeline entry dated `at` (default today; the user may
 * say "I applied last Tuesday"). The job's current stage is the latest entry by date; a
 * date the user gives must keep the history in order (keepInOrder).
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
    if (options.at !== undefined) await keepInOrder(db, jobId, change);
    await db.stageChanges.add(change);
    return { job: await syncJobStage(db, jobId), change };
  });
}

async function getChange(db: CareerDb, id: string): Promise<StageChange> {
  const change = await db.stageChanges.get(id);
  if (!change) throw new RecordNotFoundError('This step is no longer on the timeline.');
  return change;
}

/** Corrects a timeline entry's date, note or stage, keeping the history in order; the job's current stage follows. */
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
    if (next.at !== current.at || next.stage !== current.stage) await keepInOrder(db, current.jobId, next);
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
