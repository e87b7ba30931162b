import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { toJobRow, type JobRow } from '../../../../../renderer/src/db/rows';
import { boardCollisions, boardKeyboardCoordinates } from '../../../../../renderer/src/features/jobs/board/board-dnd';
import { groupJobs, nextCard, stageCounts } from '../../../../../renderer/src/features/jobs/board/group-jobs';
import { formatDay, formatPay } from '../../../../../renderer/src/features/jobs/format';
import { fromForm, toForm } from '../../../../../renderer/src/features/jobs/job/job-form';
import { compileFieldFilter, distinctSources, parseAmountInput, searchWords } from '../../../../../renderer/src/features/jobs/table/filter-jobs';
import { buildCorpus, createWordMatcher, narrows } from '../../../../../renderer/src/features/jobs/table/search-corpus';
import { sortJobs } from '../../../../../renderer/src/features/jobs/table/sort-jobs';
import { NO_FILTERS } from '../../../../../renderer/src/features/jobs/table/table-state';
import { emptyJobFields, type Job } from '../../../../../shared/domain/jobs';
import { en } from '../../../../../renderer/src/i18n/en';

let n = 0;
function row(fields: Partial<Job>, appliedAt: string | null = null): JobRow {
  n++;
  return toJobRow({ ...emptyJobFields(), title: `Job ${n}`, id: `job${String(n).padStart(6, '0')}`, stage: 'saved', stageAt: '2025-01-01', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: `2025-01-01T00:00:${String(n % 60).padStart(2, '0')}.000Z`, ...fields }, appliedAt);
}

// A stand-in for i18next's t with the English strings, for the formatters.
const t = ((key: string, values: Record<string, string> = {}) => {
  const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], en) as string;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}) as unknown as TFunction;

describe('table filters', () => {
  it('reads amounts as people type them', () => {
    expect(parseAmountInput('20')).toBe(20);
    expect(parseAmountInput('18.50')).toBe(18.5);
    expect(parseAmountInput('18,50')).toBe(18.5);
    expect(parseAmountInput('60,000')).toBe(60000);
    expect(parseAmountInput('60.000')).toBe(60000);
    expect(parseAmountInput('$ 1,250.75')).toBe(1250.75);
    expect(parseAmountInput('lots')).toBeNull();
    expect(parseAmountInput('')).toBeNull();
  });

  it('compares pay ranges as yearly amounts in one currency, and skips jobs without pay', () => {
    const hourly = row({ pay: { min: 20, max: 25, period: 'hour', currency: 'USD' } });
    const yearly = row({ pay: { min: 70_000, max: null, period: 'year', currency: 'USD' } });
    const pesos = row({ pay: { min: 500_000, max: null, period: 'year', currency: 'MXN' } });
    const none = row({});
    const keep = (f: Partial<typeof NO_FILTERS>) => [hourly, yearly, pesos, none].filter(compileFieldFilter({ ...NO_FILTERS, ...f }, 'USD') ?? (() => true));
    expect(keep({ payMin: '24', payPeriod: 'hour' })).toEqual([hourly, yearly]);
    expect(keep({ payMin: '26', payPeriod: 'hour' })).toEqual([yearly]);
    expect(keep({ payMax: '60000', payPeriod: 'year' })).toEqual([hourly]);
    expect(compileFieldFilter(NO_FILTERS, 'USD')).toBeNull();
  });

  it('filters by stage groups, folded source and a date range (the applied date is the one stored with the job)', () => {
    const a = row({ stage: 'applied', source: 'Indeed', deadline: '2025-03-10' });
    const b = row({ stage: 'rejected', source: 'indeed ', deadline: '2025-04-01' }, '2025-02-03');
    const c = row({ stage: 'no-response', source: 'Job fair' });
    const jobs = [a, b, c];
    const keep = (f: Partial<typeof NO_FILTERS>) => jobs.filter(compileFieldFilter({ ...NO_FILTERS, ...f }, 'USD')!);
    expect(keep({ stage: 'closed' })).toEqual([b, c]);
    expect(keep({ stage: 'open' })).toEqual([a]);
    expect(keep({ source: 'indeed' })).toEqual([a, b]);
    expect(keep({ dateField: 'deadline', from: '2025-03-01', to: '2025-03-31' })).toEqual([a]);
    expect(keep({ dateField: 'applied', from: '2025-02-01' })).toEqual([b]);
    expect(keep({ dateField: 'applied', to: '2025-02-02' })).toEqual([]);
    expect(distinctSources(jobs, 'en')).toEqual([
      { value: 'indeed', label: 'Indeed' },
      { value: 'job fair', label: 'Job fair' },
    ]);
  });

  it('matches every typed word in the stored search text, and narrows the last answer while typing', () => {
    const jobs = [row({ title: 'Forklift operator', employer: 'Café Peña' }), row({ title: 'Cashier', location: 'Seattle' })];
    expect(searchWords('  Peña   FORK ')).toEqual(['pena', 'fork']);
    const corpus = buildCorpus(jobs);
    const match = createWordMatcher();
    expect(match(corpus, searchWords('pena fork'))).toEqual([jobs[0]]);
    expect(match(corpus, [])).toBe(jobs);
    expect(narrows(['war'], ['ware'])).toBe(true);
    expect(narrows(['acme'], ['acme', 'seattle'])).toBe(true);
    expect(narrows(['ware'], ['war'])).toBe(false);
    expect(match(corpus, ['c'])).toHaveLength(2);
    expect(match(corpus, ['ca'])).toEqual([jobs[0], jobs[1]]);
    expect(match(corpus, ['cas'])).toEqual([jobs[1]]);
    expect(match(corpus, ['fork'])).toEqual([jobs[0]]); // not a narrowing: starts again from every job
  });

  it('sorts text as people read it, keeps empty values last both ways, and sorts pay by yearly amount', () => {
    const a = row({ title: 'éclair baker', deadline: '2025-05-01', pay: { min: 60_000, max: null, period: 'year', currency: 'USD' } });
    const b = row({ title: 'Driver 10', deadline: null, pay: { min: 20, max: 40, period: 'hour', currency: 'USD' } });
    const c = row({ title: 'Driver 9', deadline: '2025-02-01', pay: null });
    const titles = (key: 'title' | 'deadline' | 'pay', dir: 'asc' | 'desc') => sortJobs([a, b, c], { key, dir }, 'en').map((j) => j.title);
    expect(titles('title', 'asc')).toEqual(['Driver 9', 'Driver 10', 'éclair baker']);
    expect(titles('deadline', 'asc')).toEqual(['Driver 9', 'éclair baker', 'Driver 10']);
    expect(titles('deadline', 'desc')).toEqual(['éclair baker', 'Driver 9', 'Driver 10']);
    expect(titles('pay', 'desc')).toEqual(['Driver 10', 'éclair baker', 'Driver 9']);
  });

  it('sorts by the stored Applied date, jobs never applied for last', () => {
    const late = row({ title: 'Late' }, '2025-03-04');
    const early = row({ title: 'Early' }, '2025-02-01');
    const never = row({ title: 'Never' });
    expect(sortJobs([late, never, early], { key: 'applied', dir: 'asc' }, 'en').map((j) => j.title)).toEqual(['Early', 'Late', 'Never']);
    expect(sortJobs([late, never, early], { key: 'applied', dir: 'desc' }, 'en').map((j) => j.title)).toEqual(['Late', 'Early', 'Never']);
  });
});

describe('board', () => {
  it('groups jobs into columns, newest stage change first, with closed outcomes together', () => {
    const old = row({ stage: 'applied', stageAt: '2025-01-02' });
    const recent = row({ stage: 'applied', stageAt: '2025-03-02' });
    const gone = row({ stage: 'no-response' });
    const groups = groupJobs([old, recent, gone]);
    expect(groups.applied).toEqual([recent, old]);
    expect(groups.closed).toEqual([gone]);
    expect(stageCounts(groups)).toMatchObject({ applied: 2, 'no-response': 1, saved: 0 });
  });

  it('moves focus with the arrow keys, skipping empty and hidden columns', () => {
    const groups = groupJobs([row({ stage: 'saved' }), row({ stage: 'saved' }), row({ stage: 'offer' }), row({ stage: 'rejected' })]);
    const shown = () => true;
    expect(nextCard('ArrowDown', groups, { group: 'saved', index: 0 }, shown)).toEqual({ group: 'saved', index: 1 });
    expect(nextCard('ArrowDown', groups, { group: 'saved', index: 1 }, shown)).toBeNull();
    expect(nextCard('ArrowRight', groups, { group: 'saved', index: 1 }, shown)).toEqual({ group: 'offer', index: 0 });
    expect(nextCard('ArrowRight', groups, { group: 'offer', index: 0 }, shown)).toEqual({ group: 'closed', index: 0 });
    expect(nextCard('ArrowRight', groups, { group: 'offer', index: 0 }, (g) => g !== 'closed')).toBeNull();
    expect(nextCard('End', groups, { group: 'saved', index: 0 }, shown)).toEqual({ group: 'saved', index: 1 });
    expect(nextCard('x', groups, { group: 'saved', index: 0 }, shown)).toBeNull();
  });

  it('drops a keyboard drag on the stage the arrow keys chose, and draws the card there', () => {
    const target = { current: 'applied' as const } as { current: 'applied' | 'interviewing' | null };
    const rect = (left: number) => ({ left, top: 100, width: 200, height: 400, right: left + 200, bottom: 500 });
    const context = { droppableRects: new Map([['applied', rect(0)], ['interviewing', rect(220)]]), collisionRect: { ...rect(0), width: 180, height: 100 } };
    const key = (code: string) => ({ code, preventDefault: () => undefined }) as unknown as KeyboardEvent;
    const move = boardKeyboardCoordinates(target);
    const to = move(key('ArrowRight'), { active: 'job', currentCoordinates: { x: 0, y: 0 }, context: context as never });
    expect(target.current).toBe('interviewing');
    expect(to).toEqual({ x: 230, y: 184 });
    expect(move(key('ArrowDown'), { active: 'job', currentCoordinates: { x: 0, y: 0 }, context: context as never })).toBeUndefined();
    const collide = boardCollisions(target);
    const containers = [{ id: 'applied' }, { id: 'interviewing' }];
    expect(collide({ pointerCoordinates: null, droppableContainers: containers } as never)).toEqual([{ id: 'interviewing' }]);
  });
});

describe('the job form', () => {
  it('round-trips a job and reports each problem by field', () => {
    const job = row({ title: 'Welder', pay: { min: 20, max: 30, period: 'hour', currency: 'USD' }, url: 'https://x.example/1' });
    const form = toForm(job);
    expect(form.payMin).toBe('20');
    expect(fromForm(form).patch).toMatchObject({ title: 'Welder', pay: { min: 20, max: 30, period: 'hour', currency: 'USD' } });
    expect(fromForm({ ...form, title: ' ', url: 'file:///etc/passwd', payMin: '40', currency: 'dollars' }).errors).toEqual({
      title: 'titleRequired',
      url: 'urlScheme',
      payMax: 'payOrder',
      currency: 'currencyInvalid',
    });
    expect(fromForm({ ...form, payMin: '', payMax: '' }).patch?.pay).toBeNull();
    expect(fromForm({ ...form, deadline: '2025-02-30' }).errors).toEqual({ deadline: 'dateInvalid' });
    expect(fromForm({ ...form, description: 'x'.repeat(100_001) }).errors).toEqual({ description: 'tooLong' });
  });
});

describe('formatting', () => {
  it('formats calendar dates the same in every time zone, and pay as a phrase', () => {
    expect(formatDay('2025-03-04', 'en')).toBe('Mar 4, 2025');
    expect(formatDay('2025-03-04', 'es')).toBe('4 mar 2025');
    expect(formatDay(null, 'en')).toBe('');
    expect(formatPay({ min: 20, max: 25.5, period: 'hour', currency: 'USD' }, 'en', t)).toBe('$20–$25.50 an hour');
    expect(formatPay({ min: null, max: 60_000, period: 'year', currency: 'USD' }, 'en', t)).toBe('Up to $60,000 a year');
    expect(formatPay({ min: 18, max: null, period: null, currency: 'USD' }, 'en', t)).toBe('From $18');
    expect(formatPay(null, 'en', t)).toBe('');
  });
});
