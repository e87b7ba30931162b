import {
  appliedDate,
  compileJobFilter,
  emptyJobFields,
  employerKey,
  findReapplyWarnings,
  JobPatchSchema,
  JobSchema,
  StageChangeSchema,
  type CalendarDate,
  type JobFields,
  type JobFilter,
  type JobPatch,
  type ReapplyWarning,
  type StageChange,
  type StageId,
} from '../../../shared/domain/jobs';
import type { CareerDb } from './career-db';
import { newId, nowIso, today } from './clock';
import { RecordNotFoundError, validate } from './errors';
import { fromJobRow, toJobRow, type JobRow } from './rows';

/** A new job: its fields (title required) and, optionally, the stage it starts in and since when. */
export type NewJob = Partial<JobFields> & { title: string; stage?: StageId; stageAt?: CalendarDate; stageNote?: string };

/** Builds a validated job row and its first stage change, without writing (import uses it in bulk). */
export function prepareJob(input: NewJob, id = newId()): { job: JobRow; change: StageChange } {
  const { stage = 'saved', stageAt = today(), stageNote = '', ...fields } = input;
  const now = nowIso();
  const job = validate(JobSchema, { ...emptyJobFields(), ...fields, id, stage, stageAt, createdAt: now, updatedAt: now }, 'job');
  const change = validate(StageChangeSchema, { id: newId(), jobId: id, stage, at: stageAt, note: stageNote, createdAt: now }, 'stage change');
  return { job: toJobRow(job, appliedDate([change])), change };
}

/** Adds a job with its first timeline entry (Saved today unless told otherwise). */
export async function addJob(db: CareerDb, input: NewJob): Promise<JobRow> {
  const { job, change } = prepareJob(input);
  await db.transaction('rw', db.jobs, db.stageChanges, async () => {
    await db.jobs.add(job);
    await db.stageChanges.add(change);
  });
  return job;
}

/** Reads one job; throws RecordNotFoundError when it is gone. */
export async function getJob(db: CareerDb, id: string): Promise<JobRow> {
  const job = await db.jobs.get(id);
  if (!job) throw new RecordNotFoundError('This job is no longer in your list.');
  return job;
}

/** Changes some fields of a job (not its stage: that is moveJobToStage, which keeps the timeline). */
export async function updateJob(db: CareerDb, id: string, patch: JobPatch): Promise<JobRow> {
  const changes = validate(JobPatchSchema, patch, 'change');
  return db.transaction('rw', db.jobs, async () => {
    const current = await getJob(db, id);
    const next = toJobRow(validate(JobSchema, { ...fromJobRow(current), ...changes, updatedAt: nowIso() }, 'job'), current.appliedAt);
    await db.jobs.put(next);
    return next;
  });
}

/** What deleteJob removed, for undo. */
export interface DeletedJob {
  job: JobRow;
  changes: StageChange[];
}

/** Deletes a job and its timeline; returns them so the UI can offer undo with restoreJob. */
export async function deleteJob(db: CareerDb, id: string): Promise<DeletedJob> {
  return db.transaction('rw', db.jobs, db.stageChanges, async () => {
    const job = await getJob(db, id);
    const changes = await db.stageChanges.where('jobId').equals(id).toArray();
    await db.stageChanges.bulkDelete(changes.map((c) => c.id));
    await db.jobs.delete(id);
    return { job, changes };
  });
}

/** Puts back a job deleteJob removed (undo). */
export async function restoreJob(db: CareerDb, deleted: DeletedJob): Promise<void> {
  await db.transaction('rw', db.jobs, db.stageChanges, async () => {
    await db.jobs.put(deleted.job);
    await db.stageChanges.bulkPut(deleted.changes);
  });
}

/** Jobs passing the filter, most recently updated first. A single stage is read through its index. */
export async function listJobs(db: CareerDb, filter: JobFilter = {}): Promise<JobRow[]> {
  const stages = filter.stages ?? [];
  // One stage reads through the index; several read everything (anyOf walks the index value by value).
  const rows = stages.length === 1 ? await db.jobs.where('stage').equals(stages[0]).toArray() : await db.jobs.toArray();
  const matches = compileJobFilter(filter);
  return rows.filter((row) => matches(row, row.searchText)).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** Free-text search over title, employer, location, source, job number and notes. */
export function searchJobs(db: CareerDb, text: string): Promise<JobRow[]> {
  return listJobs(db, { text });
}

/** Jobs at the same employer (ignoring case, accents and "Inc."-style suffixes), through the index. */
export async function jobsAtEmployer(db: CareerDb, employer: string): Promise<JobRow[]> {
  const key = employerKey(employer);
  return key === '' ? [] : db.jobs.where('employerKey').equals(key).toArray();
}

/** The reapply warning for `employer`: its recent rejections and silences, newest first. */
export async function reapplyWarningsFor(db: CareerDb, employer: string, options: { excludeJobId?: string; today?: CalendarDate } = {}): Promise<ReapplyWarning[]> {
  return findReapplyWarnings(employer, await jobsAtEmployer(db, employer), options.today ?? today(), options);
}

/** Jobs whose next action is due on or before `until` (overdue included), soonest first. */
export function jobsWithActionDue(db: CareerDb, until: CalendarDate): Promise<JobRow[]> {
  return db.jobs.where('nextAction.due').belowOrEqual(until).sortBy('nextAction.due');
}

/** Jobs with a deadline between `from` and `to`, inclusive, soonest first. */
export function jobsWithDeadline(db: CareerDb, from: CalendarDate, to: CalendarDate): Promise<JobRow[]> {
  return db.jobs.where('deadline').between(from, to, true, true).sortBy('deadline');
}
