import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '../../../../../../renderer/src/db/career-db';
import { today } from '../../../../../../renderer/src/db/clock';
import { addJob } from '../../../../../../renderer/src/db/jobs-table';
import { moveJobToStage } from '../../../../../../renderer/src/db/stage-changes-table';
import { addDays } from '../../../../../../shared/domain/jobs';
import { jobsInDb, renderAdding, type } from './support';

vi.mock('../../../../../../renderer/src/features/jobs/routes', () => import('./routes-stub'));

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save job' }));

describe('Add a job by form', () => {
  it('shows the groups, and every problem next to its field and in a summary with links', async () => {
    renderAdding('/jobs/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Add a job' })).toBeTruthy();
    for (const group of ['The job', 'Pay', 'Where you found it', 'Dates', 'Where you are with it', 'Description and notes']) {
      expect(screen.getByRole('heading', { level: 2, name: group })).toBeTruthy();
    }
    expect(screen.getByRole('tab', { name: 'Fill in the form' }).getAttribute('aria-selected')).toBe('true');

    type('Lowest pay', '25');
    type('Highest pay', '18');
    type('Web address of the posting', 'see the flyer');
    save();

    const summary = await screen.findByRole('group', { name: 'There is a problem' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Enter the job title, for example “Cashier”.',
      'The lowest pay is higher than the highest pay. Swap them or fix one of them.',
      'Enter the full web address, starting with https://. You can copy it from your browser’s address bar.',
    ]);
    const title = screen.getByLabelText('Job title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toBe('Enter the job title, for example “Cashier”.');

    fireEvent.click(links[0]);
    expect(document.activeElement).toBe(title);
    expect(await getDb().jobs.count()).toBe(0);

    // Fixing a field takes its error away at once; the others stay until fixed.
    type('Job title', 'Cashier');
    await waitFor(() => expect(within(summary).getAllByRole('link')).toHaveLength(2));
    expect(title.getAttribute('aria-invalid')).toBeNull();
  });

  it('saves the job with its first stage change and opens its page', async () => {
    renderAdding('/jobs/new');
    await screen.findByRole('heading', { level: 1, name: 'Add a job' });
    type('Job title', 'Warehouse Lead');
    type('Employer', 'Northwind Traders');
    type('Place', 'Kent, WA');
    fireEvent.click(screen.getByRole('radio', { name: 'Hybrid (some days at home)' }));
    type('Lowest pay', '24.50');
    type('Highest pay', '29');
    fireEvent.change(screen.getByLabelText('How often'), { target: { value: 'hour' } });
    expect(screen.getByText('It will show as: $24.50 to $29 an hour')).toBeTruthy();
    type('Job board or other source', 'Job center');
    type('Web address of the posting', 'www.northwind.example/jobs/4012345');
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'applied' } });
    const applied = addDays(today(), -3);
    type('Date this happened', applied);
    type('Your next step', 'Call the manager');
    type('Do it by', addDays(today(), 4));
    save();

    const [job] = await jobsInDb(1);
    expect(job).toMatchObject({
      title: 'Warehouse Lead',
      employer: 'Northwind Traders',
      location: 'Kent, WA',
      workplace: 'hybrid',
      pay: { min: 24.5, max: 29, period: 'hour', currency: 'USD' },
      source: 'Job center',
      url: 'https://www.northwind.example/jobs/4012345',
      stage: 'applied',
      stageAt: applied,
      nextAction: { text: 'Call the manager', due: addDays(today(), 4) },
    });
    const changes = await getDb().stageChanges.where('jobId').equals(job.id).toArray();
    expect(changes).toMatchObject([{ stage: 'applied', at: applied }]);
    await waitFor(() => expect(window.location.hash).toBe(`#/jobs/${job.id}`));
    expect(await screen.findByText('Added “Warehouse Lead” at Northwind Traders to your jobs.')).toBeTruthy();
  });

  it('keeps what was typed when the user leaves and comes back, and Start over empties it', async () => {
    const first = renderAdding('/jobs/new');
    await screen.findByRole('heading', { level: 1, name: 'Add a job' });
    type('Job title', 'Cook');
    fireEvent.click(screen.getByRole('link', { name: 'Settings' }));
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await first.cleanup();
    renderAdding('/jobs/new');
    expect(await screen.findByText(/We kept what you typed before/)).toBeTruthy();
    expect((screen.getByLabelText('Job title') as HTMLInputElement).value).toBe('Cook');
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect((screen.getByLabelText('Job title') as HTMLInputElement).value).toBe('');
    expect(screen.queryByText(/We kept what you typed before/)).toBeNull();
  });

  it('warns under the employer when they ignored or turned down the user recently', async () => {
    const db = getDb();
    const appliedOn = addDays(today(), -20);
    const old = await addJob(db, { title: 'Picker', employer: 'Acme', stage: 'applied', stageAt: appliedOn });
    await moveJobToStage(db, old.id, 'no-response', { at: addDays(today(), -5) });
    const refused = await addJob(db, { title: 'Packer', employer: 'Globex', stage: 'rejected', stageAt: addDays(today(), -2) });
    // Long ago: no warning.
    await addJob(db, { title: 'Driver', employer: 'Initech', stage: 'rejected', stageAt: addDays(today(), -200) });

    renderAdding('/jobs/new');
    await screen.findByRole('heading', { level: 1, name: 'Add a job' });
    type('Employer', 'ACME, Inc.');
    const warning = await screen.findByText(/^You applied to Acme on .+ and heard nothing back\. You can still apply; mention what has changed\./, {}, { timeout: 3000 });
    const day = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', timeZone: 'UTC', year: appliedOn.slice(0, 4) === String(new Date().getFullYear()) ? undefined : 'numeric' }).format(new Date(`${appliedOn}T00:00:00Z`));
    expect(warning.textContent).toContain(day);
    expect(within(warning.closest('.add-job__reapply') as HTMLElement).getByRole('link', { name: 'See that job' }).getAttribute('href')).toBe(`#/jobs/${old.id}`);

    type('Employer', 'globex');
    expect(await screen.findByText(/^Globex turned down your application on/, {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See that job' }).getAttribute('href')).toBe(`#/jobs/${refused.id}`);

    type('Employer', 'Initech');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'See that job' })).toBeNull(), { timeout: 3000 });
  });
});
