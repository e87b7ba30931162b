import type { CalendarDate } from './calendar-date';
import type { StageChange } from './stage-change';
import { stageProgress, type StageId } from './stages';
import { compareStageChanges } from './timeline';

/** A date the user gives a step: an existing step's new date (with its id), or a step being added. */
export interface DatedStep {
  id?: string;
  stage: StageId;
  at: CalendarDate;
}

export type StepDateCheck =
  /** Fine; any Saved steps listed move to the same day, since a job is saved before anything else happens to it. */
  | { ok: true; savedSteps: StageChange[] }
  /** The date would put the step after a step further along (`conflict` must stay after it), or before one less far. */
  | { ok: false; conflict: StageChange; mustBe: 'before' | 'after' };

/**
 * Checks that a date the user types keeps the history in order. The job's stage is its latest
 * step by date, so an interview dated before the application, or an application dated after
 * the interview, would silently change the stage (and put an interview before an application
 * in the activity log). Only steps the new date moves past are checked: a history that is out
 * of order already (a card moved back on the board) can still have its dates corrected.
 */
export function checkStepDate(changes: readonly StageChange[], step: DatedStep): StepDateCheck {
  const existing = step.id === undefined ? undefined : changes.find((c) => c.id === step.id);
  // A new step is recorded last, so among steps of the same day it comes last.
  const placed: StageChange = existing ? { ...existing, stage: step.stage, at: step.at } : { id: '', jobId: '', note: '', createdAt: '\uffff', stage: step.stage, at: step.at };
  const savedSteps: StageChange[] = [];
  for (const other of changes) {
    if (other.id === step.id) continue;
    const before = compareStageChanges(other, placed) < 0;
    if (existing && before === compareStageChanges(other, existing) < 0) continue;
    const rank = stageProgress(other.stage) - stageProgress(step.stage);
    if (before && rank > 0) return { ok: false, conflict: other, mustBe: 'before' };
    if (!before && rank < 0) {
      if (other.stage !== 'saved') return { ok: false, conflict: other, mustBe: 'after' };
      savedSteps.push(other);
    }
  }
  return { ok: true, savedSteps };
}
