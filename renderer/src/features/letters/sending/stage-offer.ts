import { isFinished, OPEN_STAGES, type StageId } from '../../../../../shared/domain/jobs';

/**
 * Whether sending a letter should offer to move its job to `target`: only forward. A cover
 * letter offers Applied to a saved job, not to one already interviewing; a decline offers
 * Declined unless the job is already over (accepted, rejected, withdrawn …).
 */
export function offersMove(current: StageId, target: StageId): boolean {
  if (current === target || isFinished(current)) return false;
  const open = OPEN_STAGES as readonly StageId[];
  return !open.includes(target) || open.indexOf(current) < open.indexOf(target);
}
