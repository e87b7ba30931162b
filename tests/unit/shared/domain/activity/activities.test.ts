import { describe, expect, it } from 'vitest';
import {
  createActivityRegistry,
  deriveJobActivities,
  mergeStoredActivities,
  STAGE_CHANGE_SOURCE,
  summariseWeeks,
  type Activity,
  type JobHistory,
} from '../../../../../shared/domain/activity';
import type { StageChange } from '../../../../../shared/domain/jobs';

const change = (id: string, stage: StageChange['stage'], at: string, extra: Partial<StageChange> = {}): StageChange => ({
  id,
  jobId: 'job-0001',
  stage,
  at,
  note: '',
  createdAt: `${at}T12:00:00.000Z`,
  ...extra,
});
const history = (changes: StageChange[]): JobHistory => ({
  job: { id: 'job-0001', title: 'Cook', employer: 'Diner 🍳', source: 'Indeed', stage: 'interviewing' },
  changes,
  contacts: [{ name: 'Ana Peña' }, { name: '王伟' }],
});
const manual = (id: string, date: string, type: Activity['type'] = 'workshop'): Activity => ({
  id: `manual:${id}`,
  date,
  type,
  employer: 'WorkSource',
  contactPerson: '',
  contactMethod: 'In person',
  position: '',
  result: 'Attended',
  source: { kind: 'manual', id },
  jobId: null,
  outcome: null,
});

describe('deriveJobActivities', () => {
  it('turns Applied into an application and Interviewing into an interview, with the job details', () => {
    const activities = deriveJobActivities([history([change('c1', 'saved', '2024-03-01'), change('c2', 'applied', '2024-03-05', { note: 'Online form' }), change('c3', 'interviewing', '2024-03-12')])]);
    expect(activities).toEqual([
      expect.objectContaining({ id: 'stage-change:c2', date: '2024-03-05', type: 'application', result: 'Online form' }),
      expect.objectContaining({ id: 'stage-change:c3', date: '2024-03-12', type: 'interview' }),
    ]);
    expect(activities[0]).toMatchObject({ employer: 'Diner 🍳', position: 'Cook', contactPerson: 'Ana Peña, 王伟', contactMethod: 'Indeed', jobId: 'job-0001', outcome: 'interviewing', source: { kind: STAGE_CHANGE_SOURCE, id: 'c2' } });
  });

  it('counts a job once per type and day, and never counts a change whose date was unknown', () => {
    const activities = deriveJobActivities([
      history([change('c1', 'applied', '2024-03-05'), change('c2', 'saved', '2024-03-05'), change('c3', 'applied', '2024-03-05'), change('c4', 'applied', '2024-04-01', { dateUnknown: true })]),
    ]);
    expect(activities.map((a) => a.id)).toEqual(['stage-change:c1']);
  });
});

describe('activity registry', () => {
  it('collects activities from every registered source and refuses a duplicate source', () => {
    const registry = createActivityRegistry();
    registry.registerActivitySource<JobHistory>(STAGE_CHANGE_SOURCE, deriveJobActivities);
    const remove = registry.registerActivitySource<Activity>('manual', (records) => [...records]);
    expect(() => registry.registerActivitySource('manual', () => [])).toThrow(/registered twice/);
    expect(() => registry.registerActivitySource('Not Kebab', () => [])).toThrow(/kebab/);
    const records = new Map<string, unknown[]>([
      [STAGE_CHANGE_SOURCE, [history([change('c1', 'applied', '2024-03-05')])]],
      ['manual', [manual('m1', '2024-03-06')]],
      ['events', [{ ignored: true }]],
    ]);
    expect(registry.derive(records).map((a) => a.id)).toEqual(['stage-change:c1', 'manual:m1']);
    remove();
    expect(registry.sourceIds()).toEqual([STAGE_CHANGE_SOURCE]);
  });

  it('refuses two activities with one id (the log would count one twice)', () => {
    const registry = createActivityRegistry();
    registry.registerActivitySource<Activity>('manual', (records) => [...records, ...records]);
    expect(() => registry.derive(new Map([['manual', [manual('m1', '2024-03-06')]]]))).toThrow(/derived twice/);
  });

  it('lets the user edit or hide a derived activity without touching the job', () => {
    const derived = deriveJobActivities([history([change('c1', 'applied', '2024-03-05'), change('c2', 'interviewing', '2024-03-07')])]);
    const edited = { ...derived[0], result: 'Waiting to hear back', hidden: false };
    const hidden = { ...derived[1], hidden: true };
    const merged = mergeStoredActivities(derived, [edited, hidden, { ...manual('m1', '2024-03-01'), hidden: false }]);
    expect(merged.map((a) => [a.id, a.result])).toEqual([['manual:m1', 'Attended'], ['stage-change:c1', 'Waiting to hear back']]);
    expect(merged[1]).not.toHaveProperty('hidden');
  });
});

describe('summariseWeeks', () => {
  it('counts each Sunday–Saturday week against the target, by type', () => {
    const activities = [manual('a', '2024-03-03'), manual('b', '2024-03-09', 'application'), manual('c', '2024-03-09'), manual('d', '2024-03-10'), manual('e', '2024-02-01')];
    const weeks = summariseWeeks(activities, '2024-03-05', '2024-03-20', 3);
    expect(weeks.map((w) => [w.start, w.end, w.count, w.met, w.missing])).toEqual([
      ['2024-03-03', '2024-03-09', 3, true, 0],
      ['2024-03-10', '2024-03-16', 1, false, 2],
      ['2024-03-17', '2024-03-23', 0, false, 3],
    ]);
    expect(weeks[0].byType).toMatchObject({ workshop: 2, application: 1, interview: 0 });
  });

  it('treats a target of 0 as met and handles a range across the new year', () => {
    const weeks = summariseWeeks([manual('a', '2025-01-02')], '2024-12-30', '2025-01-01', 0);
    expect(weeks).toHaveLength(1);
    expect(weeks[0]).toMatchObject({ start: '2024-12-29', end: '2025-01-04', count: 1, met: true, missing: 0 });
  });
});
