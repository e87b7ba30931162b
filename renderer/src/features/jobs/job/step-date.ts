import type { TFunction } from 'i18next';
import { checkStepDate, isCalendarDate, type DatedStep, type StageChange } from '../../../../../shared/domain/jobs';
import { today } from '../../../db/clock';
import { formatDay } from '../format';
import { stageLabel } from '../stages';

/** What the history says of a date the user typed for a step: a problem to show beside the box, or fine (with a note when Saved moves too). */
export type StepDateVerdict = { problem: string } | { problem: null; note: string | null };

/**
 * Checks a step's date before it is saved, in the user's words: a real day, not in the
 * future, and in order with the rest of the history (checkStepDate; the database checks again).
 */
export function judgeStepDate(t: TFunction, language: string, steps: readonly StageChange[], step: DatedStep): StepDateVerdict {
  if (!isCalendarDate(step.at)) return { problem: t('jobs.timeline.dateInvalid') };
  if (step.at > today()) return { problem: t('jobs.timeline.dateFuture') };
  const check = checkStepDate(steps, step);
  if (!check.ok) {
    const key = check.mustBe === 'after' ? 'jobs.timeline.mustBeAfter' : 'jobs.timeline.mustBeBefore';
    return { problem: t(key, { stage: stageLabel(t, step.stage), other: stageLabel(t, check.conflict.stage), date: formatDay(check.conflict.at, language, 'long') }) };
  }
  const saved = check.savedSteps[0];
  return { problem: null, note: saved ? t('jobs.timeline.savedMoved', { saved: stageLabel(t, saved.stage) }) : null };
}
