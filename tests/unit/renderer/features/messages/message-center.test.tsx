import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addMessage, createLetter, getDb, markLetterSent, today } from '../../../../../renderer/src/db';
import { findToast, renderAt, seedInterview } from '../letters/support';

const threadTitles = () => screen.getAllByRole('heading', { level: 2 }).filter((h) => h.classList.contains('message-thread__title')).map((h) => h.textContent);

describe('Message center', () => {
  it('teaches the first step when the log is empty', async () => {
    renderAt('/messages');
    expect(await screen.findByRole('heading', { level: 2, name: 'Keep track of who said what' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Messages' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Write a letter' }).getAttribute('href')).toBe('#/letters/new');
  });

  it('threads the log by job or by person, with each sent letter linked', async () => {
    const { job, luis, maria } = await seedInterview();
    const letter = await createLetter(getDb(), { type: 'thank-you', language: 'en', jobId: job.id, contactId: luis.id, step: 'letter' });
    await markLetterSent(getDb(), letter.id, { at: '2025-03-04', channel: 'email', fallbackSubject: 'Thank you after an interview' });
    await addMessage(getDb(), { direction: 'received', channel: 'phone', at: '2025-03-06', jobId: job.id, contactId: luis.id, subject: 'Call about next steps', summary: 'Second interview on Friday.' });
    await addMessage(getDb(), { direction: 'sent', channel: 'in-person', at: '2025-03-07', jobId: null, contactId: maria.id, subject: 'Coffee with Maria', summary: '' });
    renderAt('/messages');

    expect(await screen.findByText('3 messages')).toBeTruthy();
    expect(threadTitles()).toEqual(['Warehouse lead', 'Not about a particular job']);
    const jobThread = screen.getByRole('region', { name: 'Warehouse lead' });
    const items = within(jobThread).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.message-item__subject')?.textContent)).toEqual(['Call about next steps', 'Thank you after an interview']);
    expect(items[0].textContent).toContain('Heard by phone · Thu, Mar 6, 2025 · With Luis Ortega');
    expect(items[0].textContent).toContain('Second interview on Friday.');
    expect(within(items[1]).getByRole('link', { name: 'Open the letter “Thank you after an interview”' }).getAttribute('href')).toBe(`#/letters/${letter.id}`);
    expect(within(jobThread).getByRole('link', { name: 'Open the job “Warehouse lead”' }).getAttribute('href')).toBe(`#/jobs/${job.id}`);

    fireEvent.click(screen.getByRole('button', { name: 'Person' }));
    await waitFor(() => expect(threadTitles()).toEqual(['Maria Lopez', 'Luis Ortega']));
    expect(screen.getByRole('button', { name: 'Person' }).getAttribute('aria-pressed')).toBe('true');
    expect(window.location.hash).toBe('#/messages?by=contact');
    const luisThread = screen.getByRole('region', { name: 'Luis Ortega' });
    expect(within(luisThread).getAllByRole('listitem')[0].textContent).toContain('About Warehouse lead');
  });

  it('adds a note by hand (checked first), edits it, and deletes it with Undo', async () => {
    const { job } = await seedInterview();
    renderAt('/messages');
    fireEvent.click((await screen.findAllByRole('button', { name: 'Add a note' }))[0]);
    const form = await screen.findByRole('dialog', { name: 'Add a note' });
    expect((within(form).getByLabelText('Date') as HTMLInputElement).value).toBe(today());
    fireEvent.click(within(form).getByRole('button', { name: 'Add note' }));
    expect(await within(form).findAllByText('Write a subject or a few words about what was said.')).toHaveLength(2);
    expect(await getDb().messages.count()).toBe(0);

    fireEvent.click(within(form).getByRole('radio', { name: /They did/ }));
    fireEvent.change(within(form).getByLabelText('How'), { target: { value: 'phone' } });
    fireEvent.change(within(form).getByLabelText('Job (optional)'), { target: { value: job.id } });
    await waitFor(() => expect((within(form).getByLabelText('Person (optional)') as HTMLSelectElement).options.length).toBe(3));
    fireEvent.change(within(form).getByLabelText('What was said (optional)'), { target: { value: 'Asked me to bring my forklift license.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [stored] = await getDb().messages.toArray();
    expect(stored).toMatchObject({ direction: 'received', channel: 'phone', jobId: job.id, contactId: null, subject: '', summary: 'Asked me to bring my forklift license.' });

    const thread = await screen.findByRole('region', { name: 'Warehouse lead' });
    fireEvent.click(within(thread).getByRole('button', { name: 'Edit “Asked me to bring my forklift license.”' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit the note' });
    fireEvent.change(within(edit).getByLabelText('Subject (optional)'), { target: { value: 'Call from Harbor' } });
    fireEvent.click(within(edit).getByRole('button', { name: 'Save changes' }));
    expect(await within(thread).findByText('Call from Harbor')).toBeTruthy();

    fireEvent.click(within(thread).getByRole('button', { name: 'Delete “Call from Harbor”' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Keep track of who said what' })).toBeTruthy();
    fireEvent.click(within(await findToast('Deleted “Call from Harbor”.')).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Call from Harbor')).toBeTruthy();
    expect(await getDb().messages.count()).toBe(1);
  });
});
