// The table's Applied dates are read in batches (so a long history never blocks typing);
// the batches together must give what one read of every step would.
import { afterEach, describe, expect, it } from 'vitest';
import type { StageChange, StageId } from '../../../../../shared/domain/jobs';
import type { CareerDb } from '../../../../../renderer/src/db/career-db';
import { firstAppliedDates, readAppliedDates } from '../../../../../renderer/src/features/jobs/state/applied-dates';
import { freshDb } from '../../db/fresh-db';

let db: CareerDb;
afterEach(() => db?.close());

const STAGES: StageId[] = ['saved', 'applied', 'interviewing', 'applied', 'rejected'];

describe('Applied dates', () => {
  it('reads 5,000 steps in batches and finds each job’s first Applied step, as one read would', async () => {
    db = freshDb();
    const steps: StageChange[] = [];
    for (let i = 0; i < 5_000; i++) {
      const job = i % 1_300;
      // Ids in an order unrelated to jobs and dates, so the earliest step can be in any batch.
      const day = String(1 + ((i * 7) % 28)).padStart(2, '0');
      steps.push({ id: `s${String((i * 7919) % 5_000).padStart(5, '0')}`, jobId: `job${job}`, stage: STAGES[i % STAGES.length], at: `2025-03-${day}`, note: '', createdAt: `2025-03-${day}T10:00:00.000Z` });
    }
    await db.stageChanges.bulkPut(steps);
    const dates = await readAppliedDates(db, () => false);
    expect(dates).toEqual(firstAppliedDates(steps));
    expect(dates!.size).toBeGreaterThan(500);
  });

  it('gives up when the table closes before the reading ends', async () => {
    db = freshDb();
    await db.stageChanges.bulkPut([{ id: 's1', jobId: 'j', stage: 'applied', at: '2025-01-02', note: '', createdAt: '2025-01-02T00:00:00.000Z' }]);
    expect(await readAppliedDates(db, () => true)).toBeNull();
  });
});
