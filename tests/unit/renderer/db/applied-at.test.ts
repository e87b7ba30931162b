// Each job row keeps the day it was applied for (appliedAt), so the table never reads the
// timelines. Every write to a timeline must keep it equal to appliedDate(timeline), and an
// older database gets it filled in by the version 6 upgrade.
import { afterEach, describe, expect, it } from 'vitest';
import { CareerDb } from '../../../../renderer/src/db/career-db';
import { addJob, deleteJob, getJob, restoreJob, updateJob } from '../../../../renderer/src/db/jobs-table';
import { toJobRow } from '../../../../renderer/src/db/rows';
import { SCHEMA } from '../../../../renderer/src/db/schema';
import { recordSentDocument } from '../../../../renderer/src/db/sent-documents';
import { deleteStageChange, editStageChange, getTimeline, moveJobToStage } from '../../../../renderer/src/db/stage-changes-table';
import { importJobs } from '../../../../renderer/src/features/jobs/data/csv/import-jobs';
import { restoreStageChange } from '../../../../renderer/src/features/jobs/state/timeline-restore';
import { appliedDate, emptyJobFields, type StageChange } from '../../../../shared/domain/jobs';
import { createAtVersion } from '../../../support/dexie-versions';
import { freshDb } from './fresh-db';

let db: CareerDb;
afterEach(() => db?.close());

/** The stored appliedAt agrees with the job's timeline. */
async function expectInStep(jobId: string) {
  const stored = (await getJob(db, jobId)).appliedAt;
  expect(stored).toBe(appliedDate(await getTimeline(db, jobId)));
  return stored;
}

describe('appliedDate', () => {
  it('is the earliest Applied step whose date is known', () => {
    const step = (stage: StageChange['stage'], at: string, dateUnknown?: boolean) => ({ stage, at, ...(dateUnknown ? { dateUnknown } : {}) });
    expect(appliedDate([step('saved', '2025-01-01'), step('applied', '2025-02-10'), step('applied', '2025-01-20'), step('rejected', '2025-03-01')])).toBe('2025-01-20');
    expect(appliedDate([step('applied', '2025-01-05', true), step('applied', '2025-02-01')])).toBe('2025-02-01');
    expect(appliedDate([step('applied', '2025-01-05', true)])).toBeNull();
    expect(appliedDate([step('saved', '2025-01-01'), step('interviewing', '2025-01-09')])).toBeNull();
  });
});

describe('a job’s stored Applied date', () => {
  it('follows every change to the timeline: a move, a back-dated move, a corrected date, a removed step and its undo', async () => {
    db = freshDb();
    const job = await addJob(db, { title: 'Cook', stageAt: '2025-03-01' });
    expect(job.appliedAt).toBeNull();
    const { job: applied, change } = await moveJobToStage(db, job.id, 'applied', { at: '2025-03-10' });
    expect(applied.appliedAt).toBe('2025-03-10');
    // "I applied last Tuesday" as a second Applied step, earlier: that one counts.
    const { job: earlier, change: backDated } = await moveJobToStage(db, job.id, 'applied', { at: '2025-03-04' });
    expect(earlier.appliedAt).toBe('2025-03-04');
    const corrected = await editStageChange(db, backDated.id, { at: '2025-03-12' });
    expect(corrected.job.appliedAt).toBe('2025-03-10');
    expect((await deleteStageChange(db, change.id)).job.appliedAt).toBe('2025-03-12');
    const { job: none } = await deleteStageChange(db, backDated.id);
    expect(none.appliedAt).toBeNull();
    expect((await restoreStageChange(db, corrected.change)).appliedAt).toBe('2025-03-12');
    await expectInStep(job.id);
  });

  it('starts with the job when it is added as applied, and survives edits, a sent document, deleting and undo', async () => {
    db = freshDb();
    const job = await addJob(db, { title: 'Welder', stage: 'applied', stageAt: '2025-05-02' });
    expect(job.appliedAt).toBe('2025-05-02');
    expect((await updateJob(db, job.id, { notes: 'Ask about shifts' })).appliedAt).toBe('2025-05-02');
    const sent = await recordSentDocument(db, job.id, { documentId: 'resume-0001', versionId: 'version-0001', sentAt: '2025-05-02' });
    expect(sent.appliedAt).toBe('2025-05-02');
    await restoreJob(db, await deleteJob(db, job.id));
    expect(await expectInStep(job.id)).toBe('2025-05-02');
  });

  it('is set for imported jobs from their history, ignoring an Applied step without a date', async () => {
    db = freshDb();
    const fields = { ...emptyJobFields(), title: 'Clerk' };
    const result = await importJobs(db, [
      { row: 2, id: null, fields, contactNames: [], warnings: [], createdAt: null, updatedAt: null, history: [{ stage: 'saved', at: '2025-01-02', note: '', dateUnknown: false }, { stage: 'applied', at: '2025-01-06', note: '', dateUnknown: false }] },
      { row: 3, id: null, fields, contactNames: [], warnings: [], createdAt: null, updatedAt: null, history: [{ stage: 'applied', at: '2025-06-01', note: '', dateUnknown: true }] },
    ]);
    expect(result.added).toBe(2);
    const stored = (await db.jobs.toArray()).map((j) => j.appliedAt).sort();
    expect(stored).toEqual(['2025-01-06', null]);
    for (const row of await db.jobs.toArray()) await expectInStep(row.id);
  });
});

describe('schema version 6', () => {
  it('fills in every job’s Applied date from the timelines of a version 5 database, leaving the rest alone', async () => {
    const name = `upgrade-v5-${Date.now()}`;
    const job = (id: string) => {
      const { appliedAt: _a, ...row } = toJobRow({ ...emptyJobFields(), id, title: `Job ${id}`, stage: 'saved', stageAt: '2025-01-01', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' }, null);
      return row;
    };
    const step = (id: string, jobId: string, stage: StageChange['stage'], at: string): StageChange => ({ id, jobId, stage, at, note: '', createdAt: `${at}T09:00:00.000Z` });
    await createAtVersion(name, SCHEMA, 5, async (old) => {
      await old.table('jobs').bulkPut([job('a'), job('b'), job('c')]);
      await old.table('stageChanges').bulkPut([
        step('1', 'a', 'saved', '2025-01-01'),
        step('2', 'a', 'applied', '2025-01-08'),
        step('3', 'a', 'applied', '2025-01-03'),
        step('4', 'b', 'saved', '2025-01-01'),
        step('5', 'c', 'applied', '2025-02-01'),
      ]);
    });
    db = new CareerDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    const rows = await db.jobs.orderBy('id').toArray();
    expect(rows.map((r) => [r.id, r.appliedAt])).toEqual([
      ['a', '2025-01-03'],
      ['b', null],
      ['c', '2025-02-01'],
    ]);
    expect(rows[0]).toMatchObject({ title: 'Job a', stage: 'saved', employerKey: '' });
    expect(await db.stageChanges.count()).toBe(5);
  });
});
