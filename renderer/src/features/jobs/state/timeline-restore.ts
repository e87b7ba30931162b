import { currentStage, type StageChange } from '../../../../../shared/domain/jobs';
import type { CareerDb } from '../../../db/career-db';
import { nowIso } from '../../../db/clock';
import { getJob } from '../../../db/jobs-table';
import type { JobRow } from '../../../db/rows';

/**
 * Puts back a timeline step that deleteStageChange removed (Undo), with its id and dates,
 * and lets the job's current stage follow the timeline again, as the data layer does.
 */
export async function restoreStageChange(db: CareerDb, change: StageChange): Promise<JobRow> {
  return db.transaction('rw', db.jobs, db.stageChanges, async () => {
    const job = await getJob(db, change.jobId);
    await db.stageChanges.put(change);
    const latest = currentStage(await db.stageChanges.where('jobId').equals(change.jobId).toArray());
    const next: JobRow = latest ? { ...job, stage: latest.stage, stageAt: latest.at, updatedAt: nowIso() } : job;
    await db.jobs.put(next);
    return next;
  });
}
