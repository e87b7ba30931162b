import { describe, expect, it } from 'vitest';
import { buildTimeline, currentStage, findReapplyWarnings, type StageChange } from '../../../../../shared/domain/jobs';

const change = (id: string, stage: StageChange['stage'], at: string, createdAt: string): StageChange => ({
  id: `change${id}`,
  jobId: 'job-0001',
  stage,
  at,
  note: '',
  createdAt,
});

describe('timeline', () => {
  it('sorts by the date the user gave, then by when it was recorded', () => {
    const changes = [
      change('3', 'interviewing', '2024-03-08', '2024-03-08T10:00:00.000Z'),
      // Recorded later but dated earlier: "I applied last Tuesday".
      change('2', 'applied', '2024-03-05', '2024-03-09T09:00:00.000Z'),
      change('1', 'saved', '2024-03-01', '2024-03-01T09:00:00.000Z'),
    ];
    expect(buildTimeline(changes).map((c) => c.stage)).toEqual(['saved', 'applied', 'interviewing']);
    expect(changes[0].stage).toBe('interviewing');
    expect(currentStage(changes)).toEqual({ stage: 'interviewing', at: '2024-03-08' });
  });

  it('breaks a tie on the same date by creation order', () => {
    const changes = [
      change('b', 'rejected', '2024-03-05', '2024-03-05T12:00:00.001Z'),
      change('a', 'applied', '2024-03-05', '2024-03-05T12:00:00.000Z'),
    ];
    expect(currentStage(changes)?.stage).toBe('rejected');
    expect(currentStage([])).toBeNull();
  });
});

describe('findReapplyWarnings', () => {
  const job = (id: string, employer: string, stage: StageChange['stage'], stageAt: string) => ({ id, title: `Job ${id}`, employer, stage, stageAt });
  const jobs = [
    job('a', 'Acme, Inc.', 'rejected', '2024-05-01'),
    job('b', 'ACME LLC', 'no-response', '2024-03-01'),
    job('c', 'Acme', 'rejected', '2024-01-01'),
    job('d', 'Acme', 'interviewing', '2024-05-20'),
    job('e', 'Globex', 'rejected', '2024-05-25'),
    job('f', 'Acmé Co.', 'rejected', '2024-03-03'),
  ];

  it('lists rejections and silences at the same employer within 90 days, newest first', () => {
    const warnings = findReapplyWarnings('acme', jobs, '2024-05-30');
    expect(warnings.map((w) => [w.jobId, w.stage, w.at])).toEqual([
      ['a', 'rejected', '2024-05-01'],
      ['f', 'rejected', '2024-03-03'],
      ['b', 'no-response', '2024-03-01'],
    ]);
  });

  it('counts the 90th day and not the 91st, and leaves out the job being edited', () => {
    expect(findReapplyWarnings('Acme', jobs, '2024-05-30', { excludeJobId: 'a' }).map((w) => w.jobId)).toEqual(['f', 'b']);
    expect(findReapplyWarnings('Acme', [job('x', 'Acme', 'rejected', '2024-03-01')], '2024-05-30')).toHaveLength(1);
    expect(findReapplyWarnings('Acme', [job('x', 'Acme', 'rejected', '2024-02-29')], '2024-05-30')).toHaveLength(0);
    expect(findReapplyWarnings('', jobs, '2024-05-30')).toEqual([]);
  });
});
