import { isFinished, stageProgress, type StageId } from '../../../../../shared/domain/jobs';

/**
 * Whether sending a letter should offer to move its job to `target`: only forward. A cover
 * letter offers Applied to a saved job, not to one already interviewing; a decline offers
 * Declined unless the job is already over (accepted, rejected, withdrawn …).
 */
export function offersMove(current: StageId, target: StageId): boolean {
  return current !== target && !isFinished(current) && stageProgress(current) < stageProgress(target);
}
