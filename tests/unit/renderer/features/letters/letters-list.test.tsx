import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addMessage, createLetter, getDb, markLetterSent, saveLetterDraft } from '../../../../../renderer/src/db';
import { findToast, renderAt, seedInterview, seedMe } from './support';

const body = (subject: string) => ({ subject, salutation: 'Dear Luis,', paragraphs: ['Thank you.'], closing: 'Kind regards,', signature: 'Ana Reyes' });
const letterLinks = () => within(screen.getByRole('list', { name: 'Your letters' })).getAllByRole('link').map((a) => a.textContent);

describe('Letters list', () => {
  it('teaches the first step, and says whose name the letters carry', async () => {
    renderAt('/letters');
    expect(await screen.findByRole('heading', { level: 2, name: 'Write your first letter' })).toBeTruthy();
    expect(await screen.findByText('Add your name and how to reach you once, and every letter uses them.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add my details' }).getAttribute('href')).toBe('#/profile');
    expect(screen.getAllByRole('link', { name: 'New letter' })[0].getAttribute('href')).toBe('#/letters/new');
  });

  it('lists drafts and sent letters, filters them, duplicates one and deletes with Undo', async () => {
    const { job } = await seedInterview();
    await seedMe();
    const draft = await createLetter(getDb(), { type: 'thank-you', language: 'en', jobId: job.id, step: 'timing' });
    const sent = await createLetter(getDb(), { type: 'follow-up', language: 'en', step: 'letter' });
    await saveLetterDraft(getDb(), sent.id, { body: body('Following up on my application') });
    await markLetterSent(getDb(), sent.id, { at: '2025-03-04', channel: 'email', fallbackSubject: 'x' });
    renderAt('/letters');

    expect(await screen.findByText('Your letters are signed “Ana Reyes”.')).toBeTruthy();
    expect(await screen.findByText('2 letters')).toBeTruthy();
    expect(letterLinks()).toEqual(['Following up on my application', 'Thank you after an interview']);
    const items = within(screen.getByRole('list', { name: 'Your letters' })).getAllByRole('listitem');
    expect(items[0].textContent).toContain('Sent Tue, Mar 4, 2025 · Email');
    expect(items[1].textContent).toContain('Thank you after an interview — Warehouse lead · Harbor Logistics');
    expect(items[1].textContent).toMatch(/Draft · changed/);

    fireEvent.click(screen.getByRole('button', { name: 'Drafts' }));
    await waitFor(() => expect(letterLinks()).toEqual(['Thank you after an interview']));
    fireEvent.click(screen.getByRole('button', { name: 'All' }));
    fireEvent.change(screen.getByLabelText('Type of letter'), { target: { value: 'follow-up' } });
    await waitFor(() => expect(letterLinks()).toEqual(['Following up on my application']));
    fireEvent.click(screen.getByRole('button', { name: 'Sent' }));
    fireEvent.change(screen.getByLabelText('Type of letter'), { target: { value: 'thank-you' } });
    expect(await screen.findByText('No letters match these choices.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all letters' }));
    await waitFor(() => expect(letterLinks()).toHaveLength(2));

    // A copy of the sent letter is a new draft, opened at once.
    fireEvent.click(screen.getByRole('button', { name: 'Make a copy of “Following up on my application”' }));
    expect(await findToast('Made a copy of “Following up on my application”. You are editing the copy.')).toBeTruthy();
    const copy = (await getDb().letters.toArray()).find((l) => l.id !== sent.id && l.type === 'follow-up')!;
    await waitFor(() => expect(window.location.hash).toBe(`#/letters/${copy.id}`));
    expect(copy).toMatchObject({ status: 'draft', body: body('Following up on my application') });

    fireEvent.click(screen.getByRole('link', { name: 'Letters' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete “Thank you after an interview”' }));
    await waitFor(() => expect(letterLinks()).not.toContain('Thank you after an interview'));
    expect(await getDb().letters.get(draft.id)).toBeUndefined();
    fireEvent.click(within(await findToast('Deleted “Thank you after an interview”.')).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(letterLinks()).toContain('Thank you after an interview'));
  });

  it('says so when a letter in a link no longer exists', async () => {
    renderAt('/letters/gone123456');
    expect(await screen.findByRole('heading', { level: 1, name: 'We couldn’t find that letter' })).toBeTruthy();
  });

  it('asks for a type before starting', async () => {
    renderAt('/letters/new');
    fireEvent.click(await screen.findByRole('button', { name: 'Start writing' }));
    expect(await screen.findAllByText('Choose the kind of letter you want to write.')).toHaveLength(2);
    expect(await getDb().letters.count()).toBe(0);
    // Eleven kinds of letter, each with its one-line description.
    expect(screen.getAllByRole('radio')).toHaveLength(11);
  });

  it('shows a job’s letters and messages on its page, with letters for its stage', async () => {
    const { job, luis } = await seedInterview();
    const letter = await createLetter(getDb(), { type: 'thank-you', language: 'en', jobId: job.id, contactId: luis.id, step: 'letter' });
    await saveLetterDraft(getDb(), letter.id, { body: body('Thank you – Warehouse lead interview') });
    await addMessage(getDb(), { direction: 'received', channel: 'phone', at: '2025-03-06', jobId: job.id, contactId: null, subject: 'Call about next steps', summary: '' });
    renderAt(`/jobs/${job.id}`);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Letters and messages' })).closest('section')!;
    await waitFor(() => expect(within(section).getByRole('link', { name: 'Thank you – Warehouse lead interview' }).getAttribute('href')).toBe(`#/letters/${letter.id}`));
    // Letters and messages arrive through separate live queries: wait for the message too.
    expect(await within(section).findByText('Call about next steps')).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Write a letter' }).getAttribute('href')).toBe(`#/letters/new?job=${job.id}`);
    const stage = within(section).getByRole('navigation', { name: 'Letters for this stage' });
    expect(within(stage).getAllByRole('link').map((a) => a.textContent)).toEqual(['Thank you after an interview', 'Decline an interview', 'Reschedule an interview']);
    expect(within(stage).getByRole('link', { name: 'Decline an interview' }).getAttribute('href')).toBe(`#/letters/new?type=decline-interview&job=${job.id}`);

    fireEvent.click(screen.getByRole('link', { name: 'Contacts' }));
    fireEvent.click(await screen.findByRole('link', { name: /Luis Ortega/ }));
    const theirs = (await screen.findByRole('heading', { level: 3, name: 'Letters and messages' })).closest('section')!;
    await waitFor(() => expect(within(theirs).getByRole('link', { name: 'Thank you – Warehouse lead interview' })).toBeTruthy());
    expect(within(theirs).getByRole('link', { name: 'Write to Luis Ortega' }).getAttribute('href')).toBe(`#/letters/new?contact=${luis.id}`);
  });
});
