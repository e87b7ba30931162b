import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPostingFromUrl } from '../../../../../electron/backend/jobs/read-posting';
import { setLogSink } from '../../../../../electron/backend/log';
import type { JobPosting } from '../../../../../shared/contract/jobs';
import { startJobServer } from './job-server';

let server: Awaited<ReturnType<typeof startJobServer>>;
beforeAll(async () => {
  setLogSink(() => undefined);
  server = await startJobServer();
});
afterAll(() => server.close());

const found = async (path: string) => {
  const result = await readPostingFromUrl(server.url(path), { timeoutMs: 5000 });
  if (result.status !== 'found') throw new Error(`expected a posting at ${path}, got: ${result.message}`);
  return result.posting;
};
const none = { pay: null, deadline: null, jobNumber: null, remote: null } as const;

describe('reading job pages in the shapes job boards use', () => {
  it('Greenhouse-like: @graph, employer by @id, hourly pay range, escaped HTML description', async () => {
    expect(await found('/greenhouse')).toEqual<JobPosting>({
      title: 'Warehouse Lead',
      employer: 'Northwind Traders',
      location: 'Kent, WA, US',
      remote: null,
      pay: { min: 24.5, max: 29, currency: 'USD', period: 'hour' },
      datePosted: '2024-05-01',
      deadline: '2024-06-30',
      jobNumber: '4012345',
      employmentType: 'Full-time',
      description: 'Lead a team of 6 in our Kent warehouse.\n\n• Forklift certified\n• Safety & quality first',
      source: '127.0.0.1',
      url: server.url('/greenhouse'),
    });
  });

  it('Lever-like: several places, remote, HTML description with entities, breaks and lists, scripts dropped', async () => {
    expect(await found('/lever')).toEqual<JobPosting>({
      ...none,
      title: 'Support Engineer',
      employer: 'Fabrikam',
      location: 'San Francisco, CA, US; New York, NY, US',
      remote: 'remote',
      datePosted: '2024-04-02',
      employmentType: 'Full-time',
      description: "About us\n\nWe're hiring support engineers.\n\nYou will:\nhelp customers\nwrite docs\n\n• 3+ years\n• SQL",
      source: '127.0.0.1',
      url: server.url('/lever'),
    });
  });

  it('Workday-like: raw line breaks inside the JSON string, a Country object, monthly pay, requisition id', async () => {
    expect(await found('/workday')).toEqual<JobPosting>({
      title: 'Payroll Specialist',
      employer: 'Contoso',
      location: 'Seattle, Washington, United States of America',
      remote: null,
      pay: { min: 5200, max: 6100, currency: 'USD', period: 'month' },
      datePosted: '2024-05-10',
      deadline: '2024-07-01',
      jobNumber: 'R-0042',
      employmentType: 'Full-time',
      description: 'Process payroll for 900 employees. Reconcile accounts monthly.',
      source: '127.0.0.1',
      url: server.url('/workday'),
    });
  });

  it('Indeed-like: a broken first script does not hide the second; @type array; Windows-1252 page', async () => {
    expect(await found('/indeed')).toEqual<JobPosting>({
      ...none,
      title: 'Line Cook',
      employer: 'Café Olé',
      location: 'Spokane, WA 99201',
      pay: { min: 52000, max: 52000, currency: 'USD', period: 'year' },
      datePosted: '2024-05-15',
      employmentType: 'Full-time, Part-time',
      description: 'Cook on the line. Weekend shifts.',
      source: '127.0.0.1',
      url: server.url('/indeed'),
    });
  });

  it('LinkedIn-like: commented JSON, prefixed @type, entities in the title, pay written as text', async () => {
    expect(await found('/linkedin')).toEqual<JobPosting>({
      ...none,
      title: 'Data & Reporting Analyst',
      employer: 'Tailspin Toys',
      location: 'Tacoma, WA, US',
      pay: { min: 85000, max: 110000, currency: 'USD', period: 'year' },
      datePosted: '2024-05-20',
      jobNumber: '3901234567',
      employmentType: 'Full-time, Part-time',
      description: 'Role\n\n• Build dashboards 📊\n• Explain results clearly',
      source: '127.0.0.1',
      url: server.url('/linkedin'),
    });
  });

  it('follows a chain of relative redirects and reports the final address', async () => {
    const posting = await found('/chain/1');
    expect(posting.title).toBe('Warehouse Lead');
    expect(posting.url).toBe(server.url('/greenhouse'));
  });

  it('reads a page that names no content type as HTML', async () => {
    expect((await found('/no-type')).title).toBe('Warehouse Lead');
  });

  it('reads a 4 MB JSON-LD block under the size cap, keeping 100,000 characters of its description', async () => {
    const started = Date.now();
    const posting = await found('/four-mb');
    expect(posting.title).toBe('Big');
    expect(posting.description).toHaveLength(100_000);
    expect(posting.description.endsWith('…')).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
