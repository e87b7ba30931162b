import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyJobFields, STAGES, type StageChange } from '../../../../shared/domain/jobs';
import type { CareerDb } from '../../../../renderer/src/db/career-db';
import { listJobs, searchJobs } from '../../../../renderer/src/db/jobs-table';
import { toJobRow } from '../../../../renderer/src/db/rows';
import { freshDb } from './fresh-db';

// The real size: 10,000 jobs with 40,000 stage changes. Figures go to the log as
// name=value lines; the limits are loose because fake-indexeddb is far slower than Chromium.
const JOBS = 10_000;
let db: CareerDb;

beforeAll(async () => {
  db = freshDb();
  const words = ['Forklift', 'Cashier', 'Cook', 'Nurse', 'Driver', 'Welder', 'Técnico', '倉庫', 'Clerk', 'Barista'];
  const jobs = Array.from({ length: JOBS }, (_, i) =>
    toJobRow({
      ...emptyJobFields(),
      id: `job-${String(i).padStart(6, '0')}`,
      title: `${words[i % words.length]} ${i}`,
      employer: `Employer ${i % 400}`,
      location: i % 3 ? 'Kent, WA' : 'Seattle, WA',
      notes: i % 50 ? '' : 'Asked about the night shift',
      description: 'A typical posting. '.repeat(100),
      stage: STAGES[i % STAGES.length],
      stageAt: '2024-03-05',
      createdAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
      updatedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    }, '2024-02-05'), // the Applied step of the four below
  );
  const changes: StageChange[] = jobs.flatMap((job, i) =>
    Array.from({ length: 4 }, (_, k) => ({ id: `chg-${i}-${k}`, jobId: job.id, stage: STAGES[k], at: `2024-0${k + 1}-05`, note: '', createdAt: job.createdAt })),
  );
  await db.jobs.bulkAdd(jobs);
  await db.stageChanges.bulkAdd(changes);
}, 120_000);
afterAll(() => db.close());

describe('at 10,000 jobs in fake-indexeddb', () => {
  it('searches and filters, and reports the times', async () => {
    // Median of five runs after a warm-up: single runs swing with garbage collection.
    const time = async <T>(run: () => Promise<T>) => {
      const times: number[] = [];
      let result!: T;
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        result = await run();
        times.push(performance.now() - started);
      }
      return { result, ms: times.sort((a, b) => a - b)[2] };
    };
    await searchJobs(db, 'warm-up');
    const search = await time(() => searchJobs(db, 'forklift kent'));
    const byStage = await time(() => listJobs(db, { stages: ['applied'], text: 'night' }));
    const all = await time(() => listJobs(db, { location: 'seattle' }));
    console.info(`jobs.fake_idb_search_10k_ms=${search.ms.toFixed(0)}`);
    console.info(`jobs.fake_idb_stage_filter_10k_ms=${byStage.ms.toFixed(0)}`);
    console.info(`jobs.fake_idb_location_filter_10k_ms=${all.ms.toFixed(0)}`);
    expect(search.result).toHaveLength(666);
    expect(byStage.result.every((j) => j.stage === 'applied' && j.notes !== '')).toBe(true);
    expect(all.result).toHaveLength(3334);
    expect(search.ms).toBeLessThan(5_000);
  }, 60_000);
});
