import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../../../shared/domain/jobs';
import { getDb } from '../../../../../../renderer/src/db/career-db';
import { today } from '../../../../../../renderer/src/db/clock';
import { addContact } from '../../../../../../renderer/src/db/contacts-table';
import { getJob } from '../../../../../../renderer/src/db/jobs-table';
import { getTimeline } from '../../../../../../renderer/src/db/stage-changes-table';
import { eventually, renderJobs, seedJob, toast } from './support';

const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;

describe('A job’s page', () => {
  it('shows every field; Edit details checks the form, shows errors beside fields and in a summary, then saves', async () => {
    const job = await seedJob({ title: 'Warehouse lead', employer: 'Acme Logistics', location: 'Tacoma, WA', url: 'https://jobs.example.com/1', description: 'Lead a team of six.' });
    renderJobs(`/jobs/${job.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Warehouse lead' })).toBeTruthy();
    const details = section('Details');
    expect(within(details).getByText('Acme Logistics')).toBeTruthy();
    expect(within(details).getByRole('link', { name: /jobs\.example\.com/ }).getAttribute('target')).toBe('_blank');
    expect(within(details).getByText('Lead a team of six.')).toBeTruthy();

    fireEvent.click(within(details).getByRole('button', { name: 'Edit details' }));
    const title = within(details).getByRole('textbox', { name: /Job title/ });
    fireEvent.change(title, { target: { value: '  ' } });
    fireEvent.change(within(details).getByRole('textbox', { name: /Link to the posting/ }), { target: { value: 'javascript:alert(1)' } });
    fireEvent.change(within(details).getByRole('textbox', { name: 'From' }), { target: { value: '30' } });
    fireEvent.change(within(details).getByRole('textbox', { name: 'To' }), { target: { value: '25' } });
    fireEvent.click(within(details).getByRole('button', { name: 'Save changes' }));
    const summary = await within(details).findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeTruthy();
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Enter the job title.',
      'The highest pay is below the lowest. Check both amounts.',
      'Enter a web address that starts with http:// or https://.',
    ]);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toBe('Enter the job title.');
    fireEvent.click(within(summary).getByRole('link', { name: 'Enter the job title.' }));
    expect(document.activeElement).toBe(title);

    fireEvent.change(title, { target: { value: 'Warehouse team lead' } });
    fireEvent.change(within(details).getByRole('textbox', { name: /Link to the posting/ }), { target: { value: 'https://jobs.example.com/2' } });
    fireEvent.change(within(details).getByRole('textbox', { name: 'To' }), { target: { value: '32.50' } });
    fireEvent.change(within(details).getByRole('combobox', { name: 'Paid' }), { target: { value: 'hour' } });
    fireEvent.click(within(details).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Warehouse team lead' })).toBeTruthy();
    expect(await within(section('Details')).findByText('$30–$32.50 an hour')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Edit details');
    const saved = await getJob(getDb(), job.id);
    expect(saved.pay).toEqual({ min: 30, max: 32.5, period: 'hour', currency: 'USD' });
    expect(saved.url).toBe('https://jobs.example.com/2');
  });

  it('shows the history; a date can be corrected (“I applied last Tuesday”); a wrong step can be removed, with Undo', async () => {
    const job = await seedJob({ title: 'Forklift operator', stageAt: addDays(today(), -20) }, [
      { stage: 'applied', at: addDays(today(), -10) },
      { stage: 'interviewing', at: addDays(today(), -2) },
    ]);
    renderJobs(`/jobs/${job.id}`);
    const history = await waitFor(() => section('History'));
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(3));
    const applied = within(history).getByLabelText('Date of “Applied”') as HTMLInputElement;
    expect(applied.value).toBe(addDays(today(), -10));
    fireEvent.change(applied, { target: { value: addDays(today(), -12) } });
    fireEvent.blur(applied);
    await toast('Saved the new date for Applied.');
    await eventually(async () => expect((await getTimeline(getDb(), job.id)).map((s) => s.at)).toEqual([addDays(today(), -20), addDays(today(), -12), addDays(today(), -2)]));

    // Interviewing was a mistake: removing it makes Applied the stage again.
    fireEvent.click(within(history).getByRole('button', { name: /Remove Interviewing/ }));
    const removed = await toast('Removed the “Interviewing” step.');
    await eventually(async () => expect((await getJob(getDb(), job.id)).stage).toBe('applied'));
    expect(await screen.findByText(/since/)).toBeTruthy();
    fireEvent.click(within(removed).getByRole('button', { name: 'Undo' }));
    await eventually(async () => expect((await getJob(getDb(), job.id)).stage).toBe('interviewing'));
    await waitFor(() => expect(within(section('History')).getAllByRole('listitem')).toHaveLength(3));

    // A step that was missed, dated in the past.
    fireEvent.click(within(section('History')).getByRole('button', { name: 'Add a step you missed' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Stage' }), { target: { value: 'saved' } });
    fireEvent.change(screen.getByLabelText(/When did it happen/), { target: { value: addDays(today(), -30) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to history' }));
    await eventually(async () => expect((await getTimeline(getDb(), job.id)).map((s) => s.stage)).toEqual(['saved', 'saved', 'applied', 'interviewing']));
  });

  it('keeps the history in order: Saved moves back with an earlier application; an interview before it, or a future day, is refused beside the box', async () => {
    const job = await seedJob({ title: 'Line cook', stageAt: today() }, [{ stage: 'applied', at: today() }]);
    renderJobs(`/jobs/${job.id}`);
    const history = await waitFor(() => section('History'));
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(2));
    // Saved today, "I applied last Tuesday": the job stays Applied.
    const applied = within(history).getByLabelText('Date of “Applied”') as HTMLInputElement;
    fireEvent.change(applied, { target: { value: addDays(today(), -7) } });
    fireEvent.blur(applied);
    await toast('Saved the new date for Applied. “Saved” now has the same date, so the history stays in order.');
    await eventually(async () => expect((await getJob(getDb(), job.id)).stage).toBe('applied'));
    expect((await getTimeline(getDb(), job.id)).map((s) => [s.stage, s.at])).toEqual([
      ['saved', addDays(today(), -7)],
      ['applied', addDays(today(), -7)],
    ]);

    // A missed interview dated today would come after the application: fine. Dated before it: refused.
    fireEvent.click(within(section('History')).getByRole('button', { name: 'Add a step you missed' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Stage' }), { target: { value: 'interviewing' } });
    fireEvent.change(screen.getByLabelText(/When did it happen/), { target: { value: addDays(today(), -9) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to history' }));
    expect(await screen.findByText(/“Interviewing” can’t come before “Applied”, on .*\. Choose .* or later, or first change the date of “Applied”\./)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/When did it happen/), { target: { value: addDays(today(), 1) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to history' }));
    expect(await screen.findByText('Choose today or an earlier day. Add a step once it has happened.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/When did it happen/), { target: { value: addDays(today(), -2) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to history' }));
    await eventually(async () => expect((await getJob(getDb(), job.id)).stage).toBe('interviewing'));

    // Moving the application after the interview would quietly make the job Applied again.
    await waitFor(() => expect(within(section('History')).getAllByRole('listitem')).toHaveLength(3));
    const appliedAgain = within(section('History')).getByLabelText('Date of “Applied”') as HTMLInputElement;
    fireEvent.change(appliedAgain, { target: { value: addDays(today(), -1) } });
    fireEvent.blur(appliedAgain);
    expect(await screen.findByText(/“Applied” can’t come after “Interviewing”, on .*\. Choose an earlier day/)).toBeTruthy();
    expect(appliedAgain.getAttribute('aria-invalid')).toBe('true');
    expect((await getJob(getDb(), job.id)).stage).toBe('interviewing');
    expect((await getTimeline(getDb(), job.id)).find((s) => s.stage === 'applied')?.at).toBe(addDays(today(), -7));
  });

  it('adds a next step with a due date, marks it done, and Undo brings it back; notes save when leaving the box', async () => {
    const job = await seedJob({ title: 'Cashier' });
    renderJobs(`/jobs/${job.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Cashier' });
    fireEvent.click(within(section('Next step')).getByRole('button', { name: 'Add a next step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save next step' }));
    expect(await screen.findByText('Say what you will do next.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /What will you do next/ }), { target: { value: 'Call the store manager' } });
    fireEvent.change(screen.getByLabelText(/By when/), { target: { value: addDays(today(), -1) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save next step' }));
    expect(await within(section('Next step')).findByText(/Overdue by 1 day/)).toBeTruthy();
    await eventually(async () => expect((await getJob(getDb(), job.id)).nextAction).toEqual({ text: 'Call the store manager', due: addDays(today(), -1) }));
    fireEvent.click(within(section('Next step')).getByRole('button', { name: 'Done' }));
    const done = await toast('Marked “Call the store manager” as done.');
    await eventually(async () => expect((await getJob(getDb(), job.id)).nextAction).toBeNull());
    fireEvent.click(within(done).getByRole('button', { name: 'Undo' }));
    await eventually(async () => expect((await getJob(getDb(), job.id)).nextAction?.text).toBe('Call the store manager'));

    const notes = screen.getByRole('textbox', { name: 'Your notes' });
    fireEvent.focus(notes);
    fireEvent.change(notes, { target: { value: 'Weekend shifts only' } });
    fireEvent.blur(notes);
    expect(await within(section('Notes')).findByText('Saved')).toBeTruthy();
    await eventually(async () => expect((await getJob(getDb(), job.id)).notes).toBe('Weekend shifts only'));
  });

  it('attaches the exact document version sent, shown as “Resume — Warehouse lead (version 2)”', async () => {
    const job = await seedJob({ title: 'Warehouse lead' });
    const app = renderJobs(`/jobs/${job.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Warehouse lead' });
    let docId = '';
    let versionId = '';
    await act(async () => {
      const report = await app.client.importFiles([{ file: new File(['Five years of forklift work'], 'Resume.txt', { type: 'text/plain' }), name: 'Resume.txt' }], { batchId: 'jobs-test-1', kind: 'resume' });
      const added = report.outcomes[0];
      if (added.status !== 'added') throw new Error('not added');
      const doc = await app.client.send('documents-version-create', { id: added.documentId, basedOn: added.versionId, label: 'Warehouse lead' });
      docId = doc.id;
      versionId = doc.currentVersionId;
    });
    fireEvent.click(within(section('Documents sent')).getByRole('button', { name: 'Add a document you sent' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a document you sent' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add document' }));
    expect(await within(dialog).findAllByText('Choose the document you sent.')).toHaveLength(2);
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Document' }), { target: { value: docId } });
    const version = within(dialog).getByRole('combobox', { name: /Version/ });
    expect(within(version).getAllByRole('option').map((o) => o.textContent)).toEqual(['Warehouse lead (version 2) — current', 'Version 1']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add document' }));
    const label = 'Resume — Warehouse lead (version 2)';
    expect(await within(section('Documents sent')).findByRole('link', { name: label })).toBeTruthy();
    await eventually(async () => expect((await getJob(getDb(), job.id)).sentDocuments).toEqual([{ documentId: docId, versionId, sentAt: today() }]));

    fireEvent.click(within(section('Documents sent')).getByRole('button', { name: `Remove ${label}` }));
    const removed = await toast(`Removed ${label} from this job.`);
    await eventually(async () => expect((await getJob(getDb(), job.id)).sentDocuments).toEqual([]));
    fireEvent.click(within(removed).getByRole('button', { name: 'Undo' }));
    await eventually(async () => expect((await getJob(getDb(), job.id)).sentDocuments).toHaveLength(1));
  });

  it('warns about reapplying when the employer rejected or never answered in the last 90 days', async () => {
    const old = await seedJob({ title: 'Picker', employer: 'Acme Logistics Inc.', stageAt: addDays(today(), -60) }, [{ stage: 'no-response', at: addDays(today(), -20) }]);
    await seedJob({ title: 'Driver', employer: 'ACME logistics', stageAt: addDays(today(), -200) }, [{ stage: 'rejected', at: addDays(today(), -150) }]);
    const job = await seedJob({ title: 'Warehouse lead', employer: 'Acme Logistics' });
    renderJobs(`/jobs/${job.id}`);
    const notice = (await screen.findByRole('heading', { level: 2, name: 'You heard from Acme Logistics recently' })).closest('aside')!;
    expect(notice.textContent).toMatch(/Acme Logistics Inc\. never answered your application for “Picker”/);
    expect(notice.textContent).not.toContain('Driver'); // 150 days ago is outside the 90 days
    expect(within(notice).getByRole('link', { name: 'See “Picker”' }).getAttribute('href')).toBe(`#/jobs/${old.id}`);
  });

  it('links a contact and removes the link with Undo', async () => {
    const maria = await addContact(getDb(), { name: 'Maria Lopez', role: 'recruiter', employer: 'Acme' });
    const job = await seedJob({ title: 'Warehouse lead' });
    renderJobs(`/jobs/${job.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Warehouse lead' });
    const people = section('People');
    const pick = await within(people).findByRole('combobox', { name: 'Link a person' });
    fireEvent.change(pick, { target: { value: maria.id } });
    fireEvent.click(within(people).getByRole('button', { name: 'Link' }));
    const name = await within(section('People')).findByRole('link', { name: 'Maria Lopez' });
    expect(name.getAttribute('href')).toBe(`#/contacts/${maria.id}`);
    expect(within(section('People')).getByText(/Recruiter · Acme/)).toBeTruthy();
    fireEvent.click(within(section('People')).getByRole('button', { name: 'Remove Maria Lopez' }));
    const removed = await toast('Removed Maria Lopez from this job.');
    await eventually(async () => expect((await getJob(getDb(), job.id)).contactIds).toEqual([]));
    fireEvent.click(within(removed).getByRole('button', { name: 'Undo' }));
    await eventually(async () => expect((await getJob(getDb(), job.id)).contactIds).toEqual([maria.id]));
  });

  it('deletes a job at once and Undo brings it back with its history', async () => {
    const job = await seedJob({ title: 'Line cook', stageAt: addDays(today(), -5) }, [{ stage: 'applied', at: addDays(today(), -1) }]);
    renderJobs(`/jobs/${job.id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete this job' }));
    const deleted = await toast('Deleted “Line cook”.');
    expect(await screen.findByRole('heading', { level: 1, name: 'Jobs' })).toBeTruthy();
    await eventually(async () => expect(await getDb().jobs.get(job.id)).toBeUndefined());
    expect(await getTimeline(getDb(), job.id)).toHaveLength(0);
    fireEvent.click(within(deleted).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Line cook' })).toBeTruthy();
    expect((await getTimeline(getDb(), job.id)).map((s) => s.stage)).toEqual(['saved', 'applied']);
  });

  it('says so when the job is not there', async () => {
    renderJobs('/jobs/nosuchjob123');
    expect(await screen.findByRole('heading', { level: 1, name: 'We couldn’t find this job' })).toBeTruthy();
  });
});
