import { describe, expect, it } from 'vitest';
import { checkStepDate, currentStage, type StageChange, type StageId } from '../../../../../shared/domain/jobs';

let n = 0;
const step = (stage: StageId, at: string): StageChange => {
  n += 1;
  return { id: `s${n}`, jobId: 'job', stage, at, note: '', createdAt: `2026-11-0${Math.min(n, 9)}T10:00:0${n % 10}.000Z` };
};

describe('checkStepDate', () => {
  it('moves the Saved step back when the user says they applied before the day they saved the job', () => {
    const saved = step('saved', '2026-11-27');
    const applied = step('applied', '2026-11-27');
    expect(checkStepDate([saved, applied], { id: applied.id, stage: 'applied', at: '2026-11-17' })).toEqual({ ok: true, savedSteps: [saved] });
    // The same through "Add a step you missed": the job would otherwise stay Saved.
    expect(checkStepDate([saved], { stage: 'applied', at: '2026-11-17' })).toEqual({ ok: true, savedSteps: [saved] });
    const after = [{ ...saved, at: '2026-11-17' }, { ...applied, at: '2026-11-17' }];
    expect(currentStage(after)?.stage).toBe('applied');
  });

  it('refuses an interview dated before the application, naming the step it would pass', () => {
    const applied = step('applied', '2026-11-20');
    const interview = step('interviewing', '2026-11-24');
    expect(checkStepDate([applied, interview], { id: interview.id, stage: 'interviewing', at: '2026-11-01' })).toEqual({ ok: false, conflict: applied, mustBe: 'after' });
    expect(checkStepDate([applied, interview], { id: applied.id, stage: 'applied', at: '2026-11-25' })).toEqual({ ok: false, conflict: interview, mustBe: 'before' });
    expect(checkStepDate([applied, interview], { id: interview.id, stage: 'interviewing', at: '2026-11-20' })).toEqual({ ok: true, savedSteps: [] });
  });

  it('refuses a missed step added after a step further along, and places one between its neighbours', () => {
    const saved = step('saved', '2026-11-01');
    const interview = step('interviewing', '2026-11-20');
    expect(checkStepDate([saved, interview], { stage: 'applied', at: '2026-11-27' })).toEqual({ ok: false, conflict: interview, mustBe: 'before' });
    expect(checkStepDate([saved, interview], { stage: 'applied', at: '2026-11-20' })).toEqual({ ok: false, conflict: interview, mustBe: 'before' });
    expect(checkStepDate([saved, interview], { stage: 'applied', at: '2026-11-10' })).toEqual({ ok: true, savedSteps: [] });
    expect(checkStepDate([saved, interview], { stage: 'rejected', at: '2026-11-27' })).toEqual({ ok: true, savedSteps: [] });
  });

  it('lets the dates of a history already out of order be corrected, as long as no step is passed', () => {
    // The card was moved back from Interviewing to Applied on the board.
    const interview = step('interviewing', '2026-11-10');
    const applied = step('applied', '2026-11-20');
    expect(checkStepDate([interview, applied], { id: applied.id, stage: 'applied', at: '2026-11-19' })).toEqual({ ok: true, savedSteps: [] });
    expect(checkStepDate([interview, applied], { id: applied.id, stage: 'applied', at: '2026-11-09' })).toEqual({ ok: true, savedSteps: [] });
  });

  it('treats every way a job ends as equally far along', () => {
    const rejected = step('rejected', '2026-11-10');
    const noAnswer = step('no-response', '2026-11-20');
    expect(checkStepDate([rejected, noAnswer], { id: noAnswer.id, stage: 'no-response', at: '2026-11-01' })).toEqual({ ok: true, savedSteps: [] });
  });
});
