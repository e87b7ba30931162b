import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addContact, getDb, jobsForContact, linkContact } from '../../../../../renderer/src/db';
import { findToast, renderAt, seedJob } from './support';

const dialog = (name: string | RegExp) => screen.findByRole('dialog', { name });
const contactLinks = () => within(screen.getByRole('list', { name: 'Your contacts' })).getAllByRole('link');

describe('Contacts page', () => {
  it('teaches the first step, checks the form, and opens the person just added', async () => {
    renderAt('/contacts');
    expect(await screen.findByRole('heading', { level: 1, name: 'Contacts' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Add the people in your job search' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Contacts' }).getAttribute('aria-current')).toBe('page');

    fireEvent.click(screen.getAllByRole('button', { name: 'Add contact' })[0]);
    const form = await dialog('Add a contact');
    fireEvent.change(within(form).getByLabelText('Email (optional)'), { target: { value: 'ana at acme' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add contact' }));
    const summary = await within(form).findByRole('alert');
    expect(within(summary).getByText('Please fix this before saving')).toBeTruthy();
    expect(within(summary).getByRole('button', { name: 'Type the person’s name.' })).toBeTruthy();
    expect(within(form).getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(summary);
    fireEvent.click(within(summary).getByRole('button', { name: 'Type the person’s name.' }));
    expect(document.activeElement).toBe(within(form).getByLabelText('Name'));
    expect(within(form).getAllByText('Type an email address like name@example.com, or leave it empty.')).toHaveLength(2);
    expect(await getDb().contacts.count()).toBe(0);

    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: '  Ana Peña ' } });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'recruiter' } });
    fireEvent.change(within(form).getByLabelText('Employer (optional)'), { target: { value: 'Acme Warehouse' } });
    fireEvent.change(within(form).getByLabelText('Email (optional)'), { target: { value: 'ana@acme.example' } });
    fireEvent.change(within(form).getByLabelText('Phone (optional)'), { target: { value: '(253) 555-0100' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add contact' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Ana Peña' })).toBeTruthy();
    const [stored] = await getDb().contacts.toArray();
    expect(stored).toMatchObject({ name: 'Ana Peña', role: 'recruiter', employer: 'Acme Warehouse', email: 'ana@acme.example' });
    await waitFor(() => expect(window.location.hash).toBe(`#/contacts/${stored.id}`));
    expect(screen.getByText('Recruiter', { selector: '.role-label' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ana@acme.example' }).getAttribute('href')).toBe('mailto:ana@acme.example');
    expect(screen.getByRole('link', { name: '(253) 555-0100' }).getAttribute('href')).toBe('tel:2535550100');
    expect(screen.getByText('Added Ana Peña.')).toBeTruthy();
    expect(contactLinks()[0].getAttribute('aria-current')).toBe('page');
  });

  it('lists the person’s jobs with their stage, links another, and unlinks with Undo', async () => {
    const ana = await addContact(getDb(), { name: 'Ana Peña', role: 'recruiter', employer: 'Acme' });
    const cook = await seedJob({ title: 'Line cook', employer: 'Diner', location: 'Seattle' }, [['applied', '2024-03-05']]);
    await seedJob({ title: 'Forklift operator', employer: 'Acme Warehouse', location: 'Tacoma' });
    await linkContact(getDb(), cook.id, ana.id);
    renderAt(`/contacts/${ana.id}`);

    const jobs = await screen.findByRole('list', { name: 'Their jobs' });
    expect(within(jobs).getByRole('link', { name: 'Line cook' }).getAttribute('href')).toBe(`#/jobs/${cook.id}`);
    expect(within(jobs).getByText('Stage: Applied')).toBeTruthy();
    expect(within(jobs).getByText('Diner · Seattle')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Link a job' }));
    const finder = await dialog('Link a job to Ana Peña');
    fireEvent.change(within(finder).getByLabelText('Find a job'), { target: { value: 'forklift' } });
    fireEvent.click(await within(finder).findByRole('button', { name: 'Link “Forklift operator”' }));
    await waitFor(async () => expect((await jobsForContact(getDb(), ana.id)).map((j) => j.title).sort()).toEqual(['Forklift operator', 'Line cook']));
    expect(await within(finder).findByRole('button', { name: 'Linked' })).toBeTruthy();
    fireEvent.click(within(finder).getByRole('button', { name: 'Done' }));
    expect(await within(jobs).findByRole('link', { name: 'Forklift operator' })).toBeTruthy();

    fireEvent.click(within(jobs).getByRole('button', { name: 'Unlink “Line cook” from Ana Peña' }));
    await waitFor(() => expect(within(jobs).queryByRole('link', { name: 'Line cook' })).toBeNull());
    fireEvent.click(within(await findToast('Unlinked “Line cook”.')).getByRole('button', { name: 'Undo' }));
    expect(await within(jobs).findByRole('link', { name: 'Line cook' })).toBeTruthy();
  });

  it('says so when a person has no jobs yet', async () => {
    const marcus = await addContact(getDb(), { name: 'Marcus Lee', role: 'counsellor' });
    renderAt(`/contacts/${marcus.id}`);
    expect(await screen.findByText('No jobs are linked to Marcus Lee yet.')).toBeTruthy();
    expect(screen.getByText('Career counselor', { selector: '.role-label' })).toBeTruthy();
  });

  it('finds people by name or employer, ignoring case and accents', async () => {
    for (const [name, employer] of [['Ana Peña', 'Acme'], ['Marcus Lee', 'WorkSource Tacoma'], ['山田 花子', 'Harbor Logistics']]) await addContact(getDb(), { name, employer });
    renderAt('/contacts');
    expect(await screen.findByText('3 contacts')).toBeTruthy();
    expect(contactLinks().map((a) => a.querySelector('.pick-option__title')?.textContent)).toEqual(['Ana Peña', 'Marcus Lee', '山田 花子']);
    const search = screen.getByRole('searchbox', { name: 'Search by name or employer' });
    fireEvent.change(search, { target: { value: 'PENA' } });
    expect(await screen.findByText('1 contact matches “PENA”.')).toBeTruthy();
    fireEvent.change(search, { target: { value: 'tacoma' } });
    await waitFor(() => expect(contactLinks()).toHaveLength(1));
    expect(contactLinks()[0].textContent).toContain('Marcus Lee');
    fireEvent.change(search, { target: { value: '山田' } });
    await waitFor(() => expect(contactLinks()[0].textContent).toContain('山田 花子'));
    fireEvent.change(search, { target: { value: 'nobody' } });
    expect(await screen.findByText('No contacts match “nobody”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all contacts' }));
    await waitFor(() => expect(contactLinks()).toHaveLength(3));
  });

  it('edits a person', async () => {
    const ana = await addContact(getDb(), { name: 'Ana Peña', role: 'recruiter' });
    renderAt(`/contacts/${ana.id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = await dialog('Edit contact');
    expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('Ana Peña');
    fireEvent.change(within(form).getByLabelText('Notes (optional)'), { target: { value: 'Call back Friday' } });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'hiring-manager' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Call back Friday')).toBeTruthy();
    expect(screen.getByText('Hiring manager', { selector: '.role-label' })).toBeTruthy();
    expect((await getDb().contacts.get(ana.id))?.notes).toBe('Call back Friday');
  });

  it('deletes at once and Undo brings the person back with their job links', async () => {
    const ana = await addContact(getDb(), { name: 'Ana Peña' });
    const marcus = await addContact(getDb(), { name: 'Marcus Lee' });
    const cook = await seedJob({ title: 'Line cook' });
    await linkContact(getDb(), cook.id, ana.id);
    renderAt(`/contacts/${ana.id}`);
    await screen.findByRole('heading', { level: 2, name: 'Ana Peña' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    // The next person takes the deleted one's place.
    expect(await screen.findByRole('heading', { level: 2, name: 'Marcus Lee' })).toBeTruthy();
    await waitFor(() => expect(window.location.hash).toBe(`#/contacts/${marcus.id}`));
    expect(await getDb().contacts.get(ana.id)).toBeUndefined();
    expect((await getDb().jobs.get(cook.id))?.contactIds).toEqual([]);

    fireEvent.click(within(await findToast('Deleted Ana Peña.')).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Ana Peña' })).toBeTruthy();
    expect(await screen.findByText('Brought back Ana Peña.')).toBeTruthy();
    expect((await getDb().jobs.get(cook.id))?.contactIds).toEqual([ana.id]);
  });

  it('says when a contact in a link no longer exists', async () => {
    renderAt('/contacts/gone123456');
    expect(await screen.findByRole('heading', { level: 2, name: 'We couldn’t find that contact' })).toBeTruthy();
  });
});
