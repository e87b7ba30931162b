import { describe, expect, it } from 'vitest';
import { compileJobFilter, emptyJobFields, matchesJobFilter, searchText, type Job } from '../../../../../shared/domain/jobs';

const job = (over: Partial<Job>): Job => ({
  ...emptyJobFields(),
  id: 'job-0001',
  title: 'Forklift Operator',
  stage: 'applied',
  stageAt: '2024-03-05',
  createdAt: '2024-03-01T10:00:00.000Z',
  updatedAt: '2024-03-05T10:00:00.000Z',
  ...over,
});

describe('job filters', () => {
  it('matches every word of the text in any order, ignoring case and accents', () => {
    const j = job({ employer: 'Peña Logística', location: 'Kent, WA', notes: 'Night shift' });
    expect(matchesJobFilter(j, { text: 'logistica FORKLIFT' })).toBe(true);
    expect(matchesJobFilter(j, { text: 'forklift tacoma' })).toBe(false);
    expect(matchesJobFilter(j, { text: 'night' })).toBe(true);
    expect(searchText(j)).toContain('pena logistica');
  });

  it('does not search the description (kept out for speed; see searchText)', () => {
    expect(matchesJobFilter(job({ description: 'Requires a forklift licence' }), { text: 'licence' })).toBe(false);
  });

  it('filters by stage, source, workplace and location', () => {
    const j = job({ source: 'Indeed', workplace: 'hybrid', location: 'Seattle, WA' });
    expect(matchesJobFilter(j, { stages: ['applied', 'offer'] })).toBe(true);
    expect(matchesJobFilter(j, { stages: ['saved'] })).toBe(false);
    expect(matchesJobFilter(j, { sources: ['indeed'] })).toBe(true);
    expect(matchesJobFilter(j, { workplaces: ['remote'] })).toBe(false);
    expect(matchesJobFilter(j, { location: 'seattle' })).toBe(true);
  });

  it('compares pay as full-time yearly amounts in the same currency', () => {
    const hourly = job({ pay: { min: 18, max: 22, period: 'hour', currency: 'USD' } });
    expect(matchesJobFilter(hourly, { minPay: { amount: 45_000, period: 'year', currency: 'USD' } })).toBe(true);
    expect(matchesJobFilter(hourly, { minPay: { amount: 23, period: 'hour', currency: 'USD' } })).toBe(false);
    expect(matchesJobFilter(hourly, { minPay: { amount: 10, period: 'hour', currency: 'EUR' } })).toBe(false);
    expect(matchesJobFilter(job({}), { minPay: { amount: 1, period: 'hour', currency: 'USD' } })).toBe(false);
  });

  it('filters a date field by range, including date-times by their date', () => {
    const j = job({ deadline: '2024-04-01' });
    expect(matchesJobFilter(j, { dates: { field: 'deadline', from: '2024-03-15', to: '2024-04-01' } })).toBe(true);
    expect(matchesJobFilter(j, { dates: { field: 'deadline', to: '2024-03-31' } })).toBe(false);
    expect(matchesJobFilter(j, { dates: { field: 'postedAt', from: '2024-01-01' } })).toBe(false);
    expect(matchesJobFilter(j, { dates: { field: 'createdAt', from: '2024-03-01', to: '2024-03-01' } })).toBe(true);
  });

  it('filters 10,000 jobs in memory within one frame once compiled', () => {
    const jobs = Array.from({ length: 10_000 }, (_, i) =>
      job({ id: `job-${i}`, title: `Job ${i} ${i % 7 ? 'cashier' : 'forklift'}`, employer: `Employer ${i % 300}` }),
    );
    const texts = jobs.map(searchText);
    // A keystroke recompiles the filter and scans every row; the first runs warm up the JIT.
    const times: number[] = [];
    let found = 0;
    for (let run = 0; run < 8; run++) {
      const started = performance.now();
      const matches = compileJobFilter({ text: 'forklift employer 1' });
      found = jobs.filter((j, i) => matches(j, texts[i])).length;
      times.push(performance.now() - started);
    }
    const median = times.slice(3).sort((a, b) => a - b)[2];
    expect(found).toBe(783);
    // A guard against accidental quadratic work only (~0.4 ms measured); the one-frame
    // budget is measured by the bench, not asserted here, where shared machines are noisy.
    expect(median).toBeLessThan(200);
  });
});
