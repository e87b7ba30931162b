import { describe, expect, it } from 'vitest';
import { ActivityExportArgsSchema } from '../../../../../../shared/contract/activity';
import type { Activity } from '../../../../../../shared/domain/activity';
import { toLogActivities } from '../../../../../../renderer/src/features/jobs/data/activity-log';

const activity: Activity = {
  id: 'stage-change:abc', date: '2024-03-05', type: 'application', employer: 'Diner 🍳', contactPerson: 'x'.repeat(150_000),
  contactMethod: 'Indeed', position: 'Cook', result: '', source: { kind: 'stage-change', id: 'abc' }, jobId: 'job-000001', outcome: 'rejected',
};

describe('toLogActivities', () => {
  it('gives the backend PDF export what its contract accepts, with types and empty results in words', () => {
    const [log] = toLogActivities([activity]);
    expect(log).toMatchObject({ date: '2024-03-05', type: 'Application', employer: 'Diner 🍳', result: 'Rejected' });
    expect(log.contactPerson.length).toBe(100_000);
    const args = { from: '2024-03-03', to: '2024-03-09', activities: [log], weeklyTarget: 3 };
    expect(ActivityExportArgsSchema.safeParse(args).success).toBe(true);
  });
});
