import { describe, expect, it } from 'vitest';
import type { JobPosting } from '../../../../../shared/contract/jobs';
import { emptyJobFields, fieldsFromPosting, JobFieldsSchema } from '../../../../../shared/domain/jobs';

const posting: JobPosting = {
  title: 'Forklift Operator',
  employer: 'Acme Logistics',
  location: 'Kent, WA, US',
  remote: 'hybrid',
  pay: { min: 18, max: 22, currency: null, period: 'hour' },
  datePosted: '2024-03-01',
  deadline: '2024-02-30',
  jobNumber: 'R-1',
  employmentType: 'Full-time',
  description: 'Drive forklifts.',
  source: 'boards.example.com',
  url: 'https://boards.example.com/jobs/1',
};

describe('fieldsFromPosting', () => {
  it('fills the form from a fetched posting, with dollars when no currency is named', () => {
    const fields = fieldsFromPosting(posting);
    expect(fields).toEqual({
      title: 'Forklift Operator', employer: 'Acme Logistics', location: 'Kent, WA, US', workplace: 'hybrid', jobNumber: 'R-1',
      pay: { min: 18, max: 22, period: 'hour', currency: 'USD' }, postedAt: '2024-03-01', description: 'Drive forklifts.',
      source: 'boards.example.com', url: 'https://boards.example.com/jobs/1',
    });
    expect(JobFieldsSchema.safeParse({ ...emptyJobFields(), ...fields }).success).toBe(true);
  });

  it('leaves out pay the job schema would refuse and a link that is not http(s)', () => {
    const fields = fieldsFromPosting({ ...posting, pay: { min: 30, max: 20, currency: 'usd', period: null }, url: 'file:///x' });
    expect(fields.pay).toBeUndefined();
    expect(fields.url).toBe('');
  });
});
