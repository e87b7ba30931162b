import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { weekOf } from '../../../../../shared/domain/activity';
import { addDays } from '../../../../../shared/domain/jobs';
import { addContact, addManualActivity, getDb, linkContact, today } from '../../../../../renderer/src/db';
import { catchDownloads, findToast, renderAt, seedJob } from '../contacts/support';

const thisWeek = () => weekOf(today());
const lastWeek = () => weekOf(addDays(thisWeek().start, -7));
const weekSection = (label: RegExp) => screen.findByRole('region', { name: label });

/** A job applied for this Sunday, and one applied last week and interviewed this Sunday. */
async function seedLog() {
  const sunday = thisWeek().start;
  const acme = await seedJob({ title: 'Forklift operator', employer: 'Acme Warehouse', source: 'Indeed' }, [['saved', addDays(sunday, -10)], ['applied', sunday]]);
  const diner = await seedJob({ title: 'Line cook', employer: 'Diner', source: 'WorkSource' }, [['saved', addDays(sunday, -9)], ['applied', addDays(sunday, -6)], ['interviewing', sunday]]);
  const ana = await addContact(getDb(), { name: 'Ana Peña' });
  await linkContact(getDb(), acme.id, ana.id);
  return { acme, diner };
}

describe('Activity log page', () => {
  it('explains the rule and counts each Sunday–Saturday week against the target from Settings', async () => {
    const { acme } = await seedLog();
    const app = renderAt('/activity');
    expect(await screen.findByRole('heading', { level: 1, name: 'Activity log' })).toBeTruthy();
    expect(screen.getByText(/Your target is at least 3 job-search activities each week\./)).toBeTruthy();
    expect(screen.getByText('In Washington, unemployment benefits ask for at least 3 each week, and you keep this log until 30 days after your benefit year ends.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Activity log' }).getAttribute('aria-current')).toBe('page');

    const current = await weekSection(/This week/);
    expect(await within(current).findByText('2 of 3 this week — 1 more to go')).toBeTruthy();
    const last = await weekSection(/Last week/);
    expect(within(last).getByText('1 of 3 — 2 short')).toBeTruthy();

    const application = within(current).getByText('Applied for a job').closest('li')!;
    expect(within(application).getByText('Acme Warehouse')).toBeTruthy();
    expect(within(application).getByText('Ana Peña · Indeed')).toBeTruthy();
    expect(within(application).getByText('Forklift operator')).toBeTruthy();
    expect(within(application).getByText('Applied')).toBeTruthy(); // the job's stage stands in for a blank result
    expect(within(application).getByRole('link', { name: /Open the job/ }).getAttribute('href')).toBe(`#/jobs/${acme.id}`);
    expect(within(application).queryByRole('button', { name: /Delete/ })).toBeNull();
    expect(within(application).getByText(/To change or remove it, change the job\./)).toBeTruthy();

    await act(async () => {
      await app.client.send('settings-set', { weeklyActivityTarget: 2 });
    });
    expect(await within(current).findByText('Done: 2 of 2')).toBeTruthy();
    // The target is the user's own; Washington's rule stays as it is.
    expect(screen.getByText(/Your target is at least 2 job-search activities each week/)).toBeTruthy();
    expect(screen.getByText(/Washington, unemployment benefits ask for at least 3 each week/)).toBeTruthy();
  });

  it('adds an activity by hand after explaining what is missing, edits it, and deletes it with Undo', async () => {
    renderAt('/activity');
    const current = await weekSection(/This week/);
    expect(await within(current).findByText('0 of 3 this week — 3 more to go')).toBeTruthy();
    expect(within(current).getByText('No activities recorded this week.')).toBeTruthy();

    fireEvent.click(screen.getAllByRole('button', { name: 'Add activity' })[0]);
    const form = await screen.findByRole('dialog', { name: 'Add an activity' });
    expect((within(form).getByLabelText('Date') as HTMLInputElement).value).toBe(today());
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: addDays(today(), 1) } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add activity' }));
    const summary = await within(form).findByRole('alert');
    expect(within(summary).getByRole('button', { name: 'Choose today or an earlier day. Add activities after you do them.' })).toBeTruthy();
    expect(within(summary).getByRole('button', { name: 'Type the employer or organization.' })).toBeTruthy();

    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: thisWeek().start } });
    fireEvent.change(within(form).getByLabelText('What did you do?'), { target: { value: 'workshop' } });
    fireEvent.change(within(form).getByLabelText('Employer or organization'), { target: { value: 'WorkSource Tacoma' } });
    fireEvent.change(within(form).getByLabelText('Contact person (optional)'), { target: { value: 'Marcus Lee' } });
    fireEvent.change(within(form).getByLabelText('How (optional)'), { target: { value: 'In person' } });
    fireEvent.change(within(form).getByLabelText('Result (optional)'), { target: { value: 'Resume workshop' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add activity' }));

    const item = (await within(current).findByText('Workshop')).closest('li')!;
    expect(within(item).getByText('WorkSource Tacoma')).toBeTruthy();
    expect(within(item).getByText('Marcus Lee · In person')).toBeTruthy();
    expect(within(current).getByText('1 of 3 this week — 2 more to go')).toBeTruthy();
    const [stored] = await getDb().activities.toArray();
    expect(stored).toMatchObject({ date: thisWeek().start, type: 'workshop', employer: 'WorkSource Tacoma', jobId: null, source: { kind: 'manual' } });

    fireEvent.click(within(item).getByRole('button', { name: /^Edit Workshop on / }));
    const edit = await screen.findByRole('dialog', { name: 'Edit activity' });
    fireEvent.change(within(edit).getByLabelText('Result (optional)'), { target: { value: 'Got a new resume' } });
    fireEvent.click(within(edit).getByRole('button', { name: 'Save changes' }));
    expect(await within(current).findByText('Got a new resume')).toBeTruthy();

    fireEvent.click(within(current).getByRole('button', { name: /^Delete Workshop on / }));
    expect(await within(current).findByText('No activities recorded this week.')).toBeTruthy();
    expect(await getDb().activities.count()).toBe(0);
    fireEvent.click(within(await findToast(/^Deleted the activity on /)).getByRole('button', { name: 'Undo' }));
    expect(await within(current).findByText('Got a new resume')).toBeTruthy();
    expect(await within(current).findByText('1 of 3 this week — 2 more to go')).toBeTruthy();
  });

  it('folds older empty weeks into one line and shows more weeks on request', async () => {
    renderAt('/activity');
    expect(await screen.findByText(/^No activities recorded in the 6 weeks from /)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show earlier weeks' }));
    expect(await screen.findByText(/^No activities recorded in the 14 weeks from /)).toBeTruthy();
  });

  it('downloads the chosen week as a spreadsheet with the office’s columns', async () => {
    await seedLog();
    await addManualActivity(getDb(), {
      date: thisWeek().start, type: 'employer-contact', employer: '=Harbor Logistics', contactPerson: '山田 花子', contactMethod: 'Phone',
      position: 'Forklift driver', result: 'Apply online', jobId: null,
    });
    const downloads = catchDownloads();
    renderAt('/activity');
    await weekSection(/This week/);
    fireEvent.click(screen.getByRole('button', { name: 'Download spreadsheet (CSV)' }));
    const { start, end } = thisWeek();
    const name = `Job search log ${start} to ${end}.csv`;
    expect(await screen.findByText(`Downloaded “${name}” with 3 activities.`)).toBeTruthy();
    expect(downloads.map((d) => d.name)).toEqual([name]);
    const bytes = new Uint8Array(await downloads[0].blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 with a BOM, as Excel wants
    const [header, ...rows] = new TextDecoder().decode(bytes).split('\r\n');
    expect(header).toBe('Date,Activity type,Employer or organization,Contact person,Contact method,Position,Result');
    // All on one day (the only day of this week sure to be past), so their order among themselves is not fixed.
    expect(rows.sort()).toEqual([
      '',
      `${start},Applied for a job,Acme Warehouse,Ana Peña,Indeed,Forklift operator,Applied`,
      `${start},Contacted an employer,"'=Harbor Logistics",山田 花子,Phone,Forklift driver,Apply online`,
      `${start},Job interview,Diner,,WorkSource,Line cook,Interviewing`,
    ]);

    // Last week holds only the earlier application.
    fireEvent.click(screen.getByRole('radio', { name: /^Last week/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Download spreadsheet (CSV)' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    const lastText = new TextDecoder().decode(await downloads[1].blob.arrayBuffer());
    expect(lastText.split('\r\n').slice(1, -1)).toEqual([`${addDays(lastWeek().start, 1)},Applied for a job,Diner,,WorkSource,Line cook,Interviewing`]);
  });

  it('has the backend make a printable PDF of the range and offers it as a download', async () => {
    await seedLog();
    const downloads = catchDownloads();
    renderAt('/activity');
    await weekSection(/This week/);
    fireEvent.click(screen.getByRole('radio', { name: 'Choose the dates' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: lastWeek().start } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: addDays(lastWeek().start, -1) } });
    fireEvent.click(screen.getByRole('button', { name: 'Download PDF to print' }));
    expect(await screen.findByText('The “To” date must be the same as or after the “From” date.')).toBeTruthy();
    expect(downloads).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('To'), { target: { value: thisWeek().end } });
    fireEvent.click(screen.getByRole('button', { name: 'Download PDF to print' }));
    const name = `Job search log ${lastWeek().start} to ${thisWeek().end}.pdf`;
    expect(await screen.findByText(`Downloaded “${name}” with 3 activities.`, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(downloads.map((d) => [d.name, d.blob.type])).toEqual([[name, 'application/pdf']]);
    const bytes = new Uint8Array(await downloads[0].blob.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(1000);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });

  it('speaks Spanish when the app does', async () => {
    const app = renderAt('/activity');
    await screen.findByRole('heading', { level: 1, name: 'Activity log' });
    await act(async () => {
      await app.client.send('settings-set', { language: 'es' });
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Registro de actividades' })).toBeTruthy();
    expect(await screen.findByText('0 de 3 esta semana: faltan 3')).toBeTruthy();
    expect(screen.getByText(/Su meta es al menos 3 actividades de búsqueda de empleo cada semana/)).toBeTruthy();
  });
});
