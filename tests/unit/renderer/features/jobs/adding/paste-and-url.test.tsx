import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '../../../../../../renderer/src/db/career-db';
import { jobsInDb, renderAdding, type } from './support';

vi.mock('../../../../../../renderer/src/features/jobs/routes', () => import('./routes-stub'));

const POSTING = [
  'Forklift Operator',
  'Northwind Traders',
  'Kent, WA',
  '$19 - $23 an hour',
  '',
  'About the job',
  'Move pallets safely in our Kent warehouse. Night shift.',
].join('\n');

describe('Add a job by pasting its text', () => {
  it('reads title, employer, place and pay, says how sure it is, and marks the guesses in the form', async () => {
    renderAdding('/jobs/new?way=paste');
    expect((await screen.findByRole('tab', { name: 'Paste the job’s text' })).getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByLabelText('Job title')).toBeNull(); // the form appears once the text is read

    fireEvent.click(screen.getByRole('button', { name: 'Read the text' }));
    expect(await screen.findByText('Paste the job posting’s text into the box first.')).toBeTruthy();

    type('The job posting’s text', POSTING);
    fireEvent.click(screen.getByRole('button', { name: 'Read the text' }));
    const found = await screen.findByRole('region', { name: 'What we found' });
    await waitFor(() => expect(document.activeElement).toBe(within(found).getByRole('heading', { name: 'What we found' })));
    expect(within(found).getByText('We think the job title is “Forklift Operator”.')).toBeTruthy();
    expect(within(found).getByText('We think the employer is “Northwind Traders”.')).toBeTruthy();
    expect(within(found).getByText('We think the place is “Kent, WA”.')).toBeTruthy();
    expect(within(found).getByText('We think the pay is “$19 to $23 an hour”.')).toBeTruthy();
    expect(within(found).getAllByText('A guess: please check').length).toBeGreaterThan(0);

    const title = screen.getByLabelText('Job title') as HTMLInputElement;
    expect(title.value).toBe('Forklift Operator');
    expect((screen.getByLabelText('Employer') as HTMLInputElement).value).toBe('Northwind Traders');
    expect((screen.getByLabelText('Place') as HTMLInputElement).value).toBe('Kent, WA');
    expect((screen.getByLabelText('Lowest pay') as HTMLInputElement).value).toBe('19');
    expect((screen.getByLabelText('Highest pay') as HTMLInputElement).value).toBe('23');
    expect((screen.getByLabelText('How often') as HTMLSelectElement).value).toBe('hour');
    expect((screen.getByLabelText('Description') as HTMLTextAreaElement).value).toBe(POSTING);
    // Each guess says so next to its field, and screen readers hear it with the field.
    const guessId = title.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-guess'))!;
    expect(document.getElementById(guessId)?.textContent).toBe('Check this: we guessed it from the text');
    expect(screen.getAllByText('Check this: we guessed it from the text').length).toBeGreaterThanOrEqual(7);

    // Correcting a guess confirms it: the mark goes.
    type('Job title', 'Forklift Operator (nights)');
    expect(title.getAttribute('aria-describedby')).not.toContain('-guess');

    fireEvent.click(screen.getByRole('button', { name: 'Save job' }));
    const [job] = await jobsInDb(1);
    expect(job).toMatchObject({ title: 'Forklift Operator (nights)', employer: 'Northwind Traders', location: 'Kent, WA', description: POSTING, stage: 'saved' });
    expect(job.pay).toEqual({ min: 19, max: 23, period: 'hour', currency: 'USD' });
    expect(await getDb().stageChanges.where('jobId').equals(job.id).count()).toBe(1);
  });

  it('a guess that fills a field with a problem takes the problem away', async () => {
    renderAdding('/jobs/new');
    await screen.findByRole('heading', { level: 1, name: 'Add a job' });
    fireEvent.click(screen.getByRole('button', { name: 'Save job' }));
    const summary = await screen.findByRole('group', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Enter the job title, for example “Cashier”.' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Paste the job’s text' }));
    type('The job posting’s text', POSTING);
    fireEvent.click(screen.getByRole('button', { name: 'Read the text' }));
    await screen.findByRole('region', { name: 'What we found' });
    expect(screen.queryByRole('group', { name: 'There is a problem' })).toBeNull();
    expect(screen.getByLabelText('Job title').getAttribute('aria-invalid')).toBeNull();
  });

  it('switches between the ways with the arrow keys', async () => {
    renderAdding('/jobs/new');
    const form = await screen.findByRole('tab', { name: 'Fill in the form' });
    fireEvent.keyDown(form, { key: 'ArrowRight' });
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Paste the job’s text' }).getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Paste the job’s text' }));
    expect(window.location.hash).toBe('#/jobs/new?way=paste');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(screen.getByRole('tab', { name: 'From a web address' }).getAttribute('aria-selected')).toBe('true'));
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(screen.getByRole('tab', { name: 'From a web address' }).id);
  });
});

// A job board on this machine, with schema.org JobPosting data as boards embed it.
const JOB_PAGE = `<!doctype html><html><head><title>Job</title><script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Payroll Specialist',
  hiringOrganization: { '@type': 'Organization', name: 'Contoso Ltd.' },
  jobLocation: { '@type': 'Place', address: { addressLocality: 'Tacoma', addressRegion: 'WA', addressCountry: 'US' } },
  baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 52000, maxValue: 61000, unitText: 'YEAR' } },
  datePosted: '2024-05-01',
  validThrough: '2024-06-30',
  identifier: { '@type': 'PropertyValue', value: 'R-1234' },
  description: '<p>Run payroll for 300 people.</p>',
})}</script></head><body><h1>Payroll Specialist</h1></body></html>`;

// The backend runs in this process, where happy-dom's fetch stands in for Node's and applies a
// browser's same-origin rule; the real backend (in Node) has no such rule.
const happyDom = (globalThis as unknown as { happyDOM: { settings: { fetch: { disableSameOriginPolicy: boolean } } } }).happyDOM;

let server: http.Server;
let base = '';
beforeAll(async () => {
  happyDom.settings.fetch.disableSameOriginPolicy = true;
  server = http.createServer((req, res) => {
    if (req.url === '/job/1') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(JOB_PAGE);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>No job data here</body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  happyDom.settings.fetch.disableSameOriginPolicy = false;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function closedPort(): Promise<string> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}/job`;
}

describe('Add a job from its web address', () => {
  it('gets the posting through the backend and fills the form to confirm', async () => {
    renderAdding('/jobs/new?way=url');
    await screen.findByRole('tab', { name: 'From a web address' });
    type('Web address of the job', `${base}/job/1`);
    fireEvent.click(screen.getByRole('button', { name: 'Get the job' }));
    expect(await screen.findByText(/^Getting the job from 127\.0\.0\.1…/)).toBeTruthy();
    expect(await screen.findByText(/^We read “Payroll Specialist” from 127\.0\.0\.1/, {}, { timeout: 5000 })).toBeTruthy();
    expect((screen.getByLabelText('Job title') as HTMLInputElement).value).toBe('Payroll Specialist');
    expect((screen.getByLabelText('Employer') as HTMLInputElement).value).toBe('Contoso Ltd.');
    expect((screen.getByLabelText('Place') as HTMLInputElement).value).toMatch(/^Tacoma, WA/);
    expect((screen.getByLabelText('Lowest pay') as HTMLInputElement).value).toBe('52000');
    expect((screen.getByLabelText('How often') as HTMLSelectElement).value).toBe('year');
    expect((screen.getByLabelText('Date posted') as HTMLInputElement).value).toBe('2024-05-01');
    expect((screen.getByLabelText('Last day to apply') as HTMLInputElement).value).toBe('2024-06-30');
    expect((screen.getByLabelText('Job number') as HTMLInputElement).value).toBe('R-1234');
    expect((screen.getByLabelText('Web address of the posting') as HTMLInputElement).value).toBe(`${base}/job/1`);
    expect((screen.getByLabelText('Description') as HTMLTextAreaElement).value).toContain('Run payroll for 300 people.');

    fireEvent.click(screen.getByRole('button', { name: 'Save job' }));
    const [job] = await jobsInDb(1);
    expect(job).toMatchObject({ title: 'Payroll Specialist', employer: 'Contoso Ltd.', jobNumber: 'R-1234', pay: { min: 52000, max: 61000, period: 'year', currency: 'USD' } });
  });

  it('a page without job data, and a site that can’t be reached, say so and offer pasting', async () => {
    renderAdding('/jobs/new?way=url');
    await screen.findByRole('tab', { name: 'From a web address' });
    type('Web address of the job', `${base}/plain`);
    fireEvent.click(screen.getByRole('button', { name: 'Get the job' }));
    expect(await screen.findByText('This page doesn’t include job details we can read. Paste the job’s text instead, or fill in the form.', {}, { timeout: 5000 })).toBeTruthy();

    const dead = await closedPort();
    type('Web address of the job', dead);
    fireEvent.click(screen.getByRole('button', { name: 'Get the job' }));
    const alert = await screen.findByText(/^We couldn’t connect to 127\.0\.0\.1.*You may be offline/, {}, { timeout: 5000 });
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Paste the job’s text instead' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Paste the job’s text' }).getAttribute('aria-selected')).toBe('true'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('The job posting’s text')));
  });

  it('in Spanish, says what went wrong in Spanish', async () => {
    const app = renderAdding('/jobs/new?way=url');
    await screen.findByRole('tab', { name: 'From a web address' });
    await app.client.send('settings-set', { language: 'es' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Agregar un empleo' })).toBeTruthy();
    type('Dirección web del empleo', await closedPort());
    fireEvent.click(screen.getByRole('button', { name: 'Obtener el empleo' }));
    expect(await screen.findByText(/^No pudimos conectarnos a 127\.0\.0\.1\. Puede que no tenga internet/, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pegar el texto del anuncio' })).toBeTruthy();
  });

  it('offline, says so at once without trying', async () => {
    vi.stubGlobal('navigator', { ...navigator, onLine: false });
    const app = renderAdding('/jobs/new?way=url');
    const send = vi.spyOn(app.client, 'send');
    await screen.findByRole('tab', { name: 'From a web address' });
    type('Web address of the job', 'jobs.example.com/1');
    fireEvent.click(screen.getByRole('button', { name: 'Get the job' }));
    expect(await screen.findByText(/^You’re offline, so we can’t get the job from the internet\./)).toBeTruthy();
    expect(send.mock.calls.some(([method]) => method === 'jobs-fetch-posting')).toBe(false);
    expect((screen.getByLabelText('Web address of the job') as HTMLInputElement).value).toBe('https://jobs.example.com/1');
  });
});
