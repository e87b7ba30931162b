import { describe, expect, it } from 'vitest';
import { toJobRow } from '../../../../../renderer/src/db/rows';
import { rowCells } from '../../../../../renderer/src/features/jobs/table/row-cells';
import { createI18n } from '../../../../../renderer/src/i18n';
import { emptyJobFields } from '../../../../../shared/domain/jobs';

const job = toJobRow({
  ...emptyJobFields(),
  id: 'job000001',
  title: 'Line cook',
  stage: 'interviewing',
  stageAt: '2025-03-01',
  deadline: '2025-03-20',
  nextAction: { text: 'Call Ana', due: '2025-03-10' },
  pay: { min: 18, max: 22, period: 'hour', currency: 'USD' },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
}, '2025-02-01');

describe('A table row’s cells', () => {
  const en = createI18n('en').t;
  const es = createI18n('es').t;

  it('are translated and formatted once, then reused while the job, day and language stay the same', () => {
    const first = rowCells(job, '2025-03-05', 'en', en);
    expect(first).toMatchObject({ stage: 'Interviewing', applied: 'Feb 1, 2025', deadline: 'Mar 20, 2025', overdue: false });
    expect(first.next).toContain('Call Ana');
    expect(first.pay).toMatch(/\$18.+\$22/);
    expect(rowCells(job, '2025-03-05', 'en', en)).toBe(first);
  });

  it('are made again for another language, another day (overdue), or an edited job (a new Applied date too)', () => {
    const english = rowCells(job, '2025-03-05', 'en', en);
    expect(rowCells(job, '2025-03-05', 'es', es).stage).not.toBe(english.stage);
    expect(rowCells(job, '2025-03-11', 'en', en).overdue).toBe(true);
    const edited = { ...job, stage: 'offer' as const, appliedAt: '2025-02-03' };
    expect(rowCells(edited, '2025-03-05', 'en', en)).toMatchObject({ stage: 'Offer', applied: 'Feb 3, 2025' });
  });
});
