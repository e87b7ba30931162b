import { afterEach, describe, expect, it } from 'vitest';
import type { CareerDb } from '../../../../renderer/src/db/career-db';
import { InvalidRecordError } from '../../../../renderer/src/db/errors';
import { addJob, getJob } from '../../../../renderer/src/db/jobs-table';
import { deleteStageChange, editStageChange, getTimeline, moveJobToStage, stageChangesBetween, StepOrderError } from '../../../../renderer/src/db/stage-changes-table';
import { freshDb } from './fresh-db';

let db: CareerDb;
afterEach(() => db?.close());

describe('moving jobs through stages', () => {
  it('adds a dated step and makes the latest by date the current stage', async () => {
    db = freshDb();
    const job = await addJob(db, { title: 'Cook', stageAt: '2024-03-01' });
    const { job: moved } = await moveJobToStage(db, job.id, 'interviewing', { at: '2024-03-10', note: 'Phone screen' });
    expect(moved).toMatchObject({ stage: 'interviewing', stageAt: '2024-03-10' });
    // "I applied last Tuesday": back-dated, so it goes before the interview and the stage stays.
    const { job: after } = await moveJobToStage(db, job.id, 'applied', { at: '2024-03-05' });
    expect(after.stage).toBe('interviewing');
    expect((await getTimeline(db, job.id)).map((c) => [c.stage, c.at, c.note])).toEqual([
      ['saved', '2024-03-01', ''],
      ['applied', '2024-03-05', ''],
      ['interviewing', '2024-03-10', 'Phone screen'],
    ]);
  });

  it('orders two moves on the same day by when they were made', async () => {
    db = freshDb();
    const job = await addJob(db, { title: 'Cook', stageAt: '2024-03-05' });
    await moveJobToStage(db, job.id, 'applied', { at: '2024-03-05' });
    const { job: after } = await moveJobToStage(db, job.id, 'rejected', { at: '2024-03-05' });
    expect(after.stage).toBe('rejected');
  });

  it('edits a step and the job follows; deleting a step is undo; the last step stays', async () => {
    db = freshDb();
    const job = await addJob(db, { title: 'Cook', stageAt: '2024-03-01' });
    const { change } = await moveJobToStage(db, job.id, 'offer', { at: '2024-03-20' });
    const { job: edited } = await editStageChange(db, change.id, { at: '2024-03-18' });
    expect(edited).toMatchObject({ stage: 'offer', stageAt: '2024-03-18' });
    await expect(editStageChange(db, change.id, { note: 'two\nlines' })).rejects.toThrow(InvalidRecordError);
    const { job: undone } = await deleteStageChange(db, change.id);
    expect(undone.stage).toBe('saved');
    const [only] = await getTimeline(db, job.id);
    await expect(deleteStageChange(db, only.id)).rejects.toThrow(/at least one step/);
    expect((await getJob(db, job.id)).stage).toBe('saved');
  });

  it('keeps the history in order when the user dates a step: Saved moves back, a passed step is refused', async () => {
    db = freshDb();
    const job = await addJob(db, { title: 'Cook', stageAt: '2024-03-20' });
    // Saved today, "I applied last Tuesday": the job is Applied, and was saved by then.
    const { change: applied } = await moveJobToStage(db, job.id, 'applied');
    const { job: back } = await editStageChange(db, applied.id, { at: '2024-03-12' });
    expect(back).toMatchObject({ stage: 'applied', stageAt: '2024-03-12', appliedAt: '2024-03-12' });
    expect((await getTimeline(db, job.id)).map((c) => [c.stage, c.at])).toEqual([
      ['saved', '2024-03-12'],
      ['applied', '2024-03-12'],
    ]);
    const { change: interview } = await moveJobToStage(db, job.id, 'interviewing', { at: '2024-03-15' });
    await expect(editStageChange(db, interview.id, { at: '2024-03-01' })).rejects.toThrow(StepOrderError);
    await expect(moveJobToStage(db, job.id, 'offer', { at: '2024-03-14' })).rejects.toThrow(/“Offer” must come after “Interviewing” \(2024-03-15\)/);
    await expect(editStageChange(db, applied.id, { at: '2024-03-16' })).rejects.toThrow(/must come before “Interviewing”/);
    expect((await getJob(db, job.id)).stage).toBe('interviewing');
    expect((await getTimeline(db, job.id)).map((c) => [c.stage, c.at])).toEqual([
      ['saved', '2024-03-12'],
      ['applied', '2024-03-12'],
      ['interviewing', '2024-03-15'],
    ]);
  });

  it('refuses a stage that does not exist or a job that is gone, writing nothing', async () => {
    db = freshDb();
    const job = await addJob(db, { title: 'Cook' });
    await expect(moveJobToStage(db, job.id, 'hired' as never)).rejects.toThrow(InvalidRecordError);
    await expect(moveJobToStage(db, 'missing-job', 'applied')).rejects.toThrow(/no longer/);
    expect(await db.stageChanges.count()).toBe(1);
  });

  it('clears "date unknown" once the user gives a date', async () => {
    db = freshDb();
    const job = await addJob(db, { title: 'Cook', stageAt: '2024-03-01' });
    const [first] = await getTimeline(db, job.id);
    await db.stageChanges.put({ ...first, dateUnknown: true });
    await editStageChange(db, first.id, { note: 'kept unknown' });
    expect((await db.stageChanges.get(first.id))?.dateUnknown).toBe(true);
    await editStageChange(db, first.id, { at: '2024-02-01' });
    expect((await db.stageChanges.get(first.id))?.dateUnknown).toBeUndefined();
    expect((await stageChangesBetween(db, '2024-02-01', '2024-02-01')).length).toBe(1);
  });
});
