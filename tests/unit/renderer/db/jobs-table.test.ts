import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_LIMIT } from '../../../../shared/domain/jobs';
import {
  addJob,
  deleteJob,
  getJob,
  jobsAtEmployer,
  jobsWithActionDue,
  jobsWithDeadline,
  listJobs,
  reapplyWarningsFor,
  restoreJob,
  searchJobs,
  updateJob,
} from '../../../../renderer/src/db/jobs-table';
import { InvalidRecordError, RecordNotFoundError } from '../../../../renderer/src/db/errors';
import { moveJobToStage, getTimeline } from '../../../../renderer/src/db/stage-changes-table';
import type { CareerDb } from '../../../../renderer/src/db/career-db';
import { freshDb } from './fresh-db';

let db: CareerDb;
afterEach(() => db?.close());

describe('jobs table', () => {
  it('adds a job with every field and a first timeline step', async () => {
    db = freshDb();
    const job = await addJob(db, {
      title: 'Técnico 🚜',
      employer: '株式会社ヤマト運輸',
      location: 'Kent, WA',
      workplace: 'hybrid',
      pay: { min: 18, max: 22, period: 'hour', currency: 'USD' },
      source: 'Indeed',
      url: 'https://example.com/job/1',
      jobNumber: 'R-1234',
      postedAt: '2024-03-01',
      deadline: '2024-04-01',
      description: 'Drive forklifts.',
      notes: 'Night shift',
      nextAction: { text: 'Call Ana', due: '2024-03-10' },
      stage: 'applied',
      stageAt: '2024-03-05',
    });
    expect(job).toMatchObject({ stage: 'applied', stageAt: '2024-03-05', employerKey: 'ヤマト運輸', sentDocumentIds: [] });
    expect(await getJob(db, job.id)).toEqual(job);
    expect(await getTimeline(db, job.id)).toMatchObject([{ stage: 'applied', at: '2024-03-05', jobId: job.id }]);
  });

  it('stores a job with every text field 100 KB long, and refuses one character more without writing', async () => {
    db = freshDb();
    const big = '名'.repeat(TEXT_LIMIT);
    const job = await addJob(db, { title: big, employer: big, location: big, source: big, jobNumber: big, description: big, notes: big });
    expect((await getJob(db, job.id)).description.length).toBe(TEXT_LIMIT);
    await expect(addJob(db, { title: 'x', notes: 'x'.repeat(TEXT_LIMIT + 1) })).rejects.toThrow(InvalidRecordError);
    await expect(updateJob(db, job.id, { notes: 'y'.repeat(TEXT_LIMIT + 1) })).rejects.toThrow(/notes.*100 KB/);
    expect((await getJob(db, job.id)).notes).toBe(big);
    expect(await db.jobs.count()).toBe(1);
  });

  it('updates fields, keeps the derived keys in step and never changes the stage', async () => {
    db = freshDb();
    const job = await addJob(db, { title: 'Cook', employer: 'Diner' });
    const updated = await updateJob(db, job.id, { employer: 'Café Olé, Inc.', notes: 'Ask about shifts' });
    expect(updated).toMatchObject({ employer: 'Café Olé, Inc.', employerKey: 'cafe ole', title: 'Cook', stage: 'saved' });
    expect(updated.searchText).toContain('ask about shifts');
    expect(updated.updatedAt > job.updatedAt).toBe(true);
    await expect(updateJob(db, job.id, { stage: 'offer' } as never)).rejects.toThrow(InvalidRecordError);
    await expect(updateJob(db, 'missing-job', { notes: '' })).rejects.toThrow(RecordNotFoundError);
  });

  it('deletes a job with its timeline and restores both (undo)', async () => {
    db = freshDb();
    const job = await addJob(db, { title: 'Cook', stageAt: '2024-03-01' });
    await moveJobToStage(db, job.id, 'applied', { at: '2024-03-05' });
    const deleted = await deleteJob(db, job.id);
    expect(await db.jobs.count()).toBe(0);
    expect(await db.stageChanges.count()).toBe(0);
    await restoreJob(db, deleted);
    expect((await getTimeline(db, job.id)).map((c) => c.stage)).toEqual(['saved', 'applied']);
  });

  it('lists and searches by stage, text (accents, CJK, emoji) and pay', async () => {
    db = freshDb();
    await addJob(db, { title: 'Forklift Operator', employer: 'Peña Logística', stage: 'applied' });
    await addJob(db, { title: '倉庫スタッフ', employer: 'ヤマト', stage: 'saved' });
    await addJob(db, { title: 'Pizza cook 🍕', employer: 'Tony', pay: { min: 20, max: 20, period: 'hour', currency: 'USD' } });
    expect((await searchJobs(db, 'logistica')).map((j) => j.title)).toEqual(['Forklift Operator']);
    expect((await searchJobs(db, '倉庫')).map((j) => j.title)).toEqual(['倉庫スタッフ']);
    expect((await searchJobs(db, '🍕')).map((j) => j.title)).toEqual(['Pizza cook 🍕']);
    expect((await listJobs(db, { stages: ['applied'] })).map((j) => j.title)).toEqual(['Forklift Operator']);
    expect((await listJobs(db, { minPay: { amount: 40_000, period: 'year', currency: 'USD' } })).map((j) => j.title)).toEqual(['Pizza cook 🍕']);
    expect((await listJobs(db)).map((j) => j.title)).toEqual(['Pizza cook 🍕', '倉庫スタッフ', 'Forklift Operator']);
  });

  it('warns about reapplying through the employer index', async () => {
    db = freshDb();
    const rejected = await addJob(db, { title: 'Cashier', employer: 'ACME, Inc.', stage: 'rejected', stageAt: '2024-05-01' });
    await addJob(db, { title: 'Clerk', employer: 'Acme LLC', stage: 'no-response', stageAt: '2023-12-01' });
    const current = await addJob(db, { title: 'Stocker', employer: 'Acmé' });
    expect((await jobsAtEmployer(db, 'acme')).length).toBe(3);
    const warnings = await reapplyWarningsFor(db, 'Acme', { excludeJobId: current.id, today: '2024-06-01' });
    expect(warnings).toEqual([{ jobId: rejected.id, title: 'Cashier', employer: 'ACME, Inc.', stage: 'rejected', at: '2024-05-01' }]);
  });

  it('finds next actions due (overdue included) and upcoming deadlines by index', async () => {
    db = freshDb();
    await addJob(db, { title: 'A', nextAction: { text: 'Call', due: '2024-03-12' } });
    await addJob(db, { title: 'B', nextAction: { text: 'Email', due: '2024-03-01' } });
    await addJob(db, { title: 'C', nextAction: { text: 'Someday', due: null }, deadline: '2024-03-20' });
    await addJob(db, { title: 'D', deadline: '2024-05-01' });
    expect((await jobsWithActionDue(db, '2024-03-10')).map((j) => j.title)).toEqual(['B']);
    expect((await jobsWithActionDue(db, '2024-03-31')).map((j) => j.title)).toEqual(['B', 'A']);
    expect((await jobsWithDeadline(db, '2024-03-15', '2024-04-15')).map((j) => j.title)).toEqual(['C']);
  });
});
