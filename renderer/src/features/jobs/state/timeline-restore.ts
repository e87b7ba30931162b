import type { StageChange } from '../../../../../shared/domain/jobs';
import type { CareerDb } from '../../../db/career-db';
import { getJob } from '../../../db/jobs-table';
import type { JobRow } from '../../../db/rows';
import { syncJobStage } from '../../../db/stage-changes-table';

/**
 * Puts back a timeline step that deleteStageChange removed (Undo), with its id and dates,
 * and lets the job's stage and Applied date follow the timeline again, as the data layer does.
 */
export async function restoreStageChange(db: CareerDb, change: StageChange): Promise<JobRow> {
  return db.transaction('rw', db.jobs, db.stageChanges, async () => {
    await getJob(db, change.jobId);
    await db.stageChanges.put(change);
    return syncJobStage(db, change.jobId);
  });
}
