import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialValues, renderLetter } from '../../../../../shared/domain/letters';
import type { LetterTypeId } from '../../../../../shared/domain/letters/types';
import { createLetter, getDb, getMyDetails, saveLetterDraft, type JobRow } from '../../../../../renderer/src/db';
import { collectActivities } from '../../../../../renderer/src/features/jobs/data/activity-log';
import { mailApp } from '../../../../../renderer/src/features/letters/output/mail-app';
import { findToast, renderAt, seedInterview, seedMe } from './support';

afterEach(() => vi.unstubAllGlobals());

/** A draft already on its letter step, written from the job and the person as the wizard would. */
async function letterAt(type: LetterTypeId, job: JobRow, contactId: string) {
  const me = await getMyDetails(getDb());
  const ctx = { me, today: '2025-03-03', job: { title: job.title, employer: job.employer }, contact: { name: 'Luis Ortega', email: 'luis@harbor.example' } };
  const values = initialValues(type, ctx);
  const letter = await createLetter(getDb(), { type, language: 'en', jobId: job.id, contactId, values, step: 'letter' });
  await saveLetterDraft(getDb(), letter.id, { body: renderLetter(type, values, ctx, 'en') });
  return letter;
}

const dialog = (name: string) => screen.findByRole('dialog', { name });

/** Goes to Letters by the navigation rail and opens a letter by its title, as a user would. */
async function openFromList(title: string) {
  fireEvent.click(screen.getByRole('link', { name: 'Letters' }));
  fireEvent.click(await screen.findByRole('link', { name: title }));
}

describe('after writing: files, email and sending', () => {
  it('saves a PDF into the library, marks it sent, and moves the job to Declined on the day it was sent', { timeout: 40_000 }, async () => {
    const { job, luis } = await seedInterview();
    await seedMe();
    const letter = await letterAt('decline-interview', job, luis.id);
    const app = renderAt(`/letters/${letter.id}`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Be gracious' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save as PDF' }));
    // Building the PDF embeds and subsets its fonts: a few seconds on a busy machine.
    const saved = (await screen.findByText('Saved “Interview decline - Harbor Logistics” in your library as a PDF file.', {}, { timeout: 20_000 })).closest('.toast') as HTMLElement;
    const [doc] = await app.client.send('documents-list', {});
    expect(doc).toMatchObject({ kind: 'other' });
    expect((await getDb().letters.get(letter.id))?.files).toEqual([expect.objectContaining({ documentId: doc.id, format: 'pdf', kind: 'other' })]);
    expect(screen.getByRole('link', { name: 'Interview decline - Harbor Logistics (PDF)' }).getAttribute('href')).toBe(`#/documents/other/${doc.id}`);
    // "Open it" shows the document in the library (its preview is not what is tested here).
    vi.stubGlobal('fetch', async () => new Response('Not found', { status: 404 }));
    fireEvent.click(within(saved).getByRole('button', { name: 'Open it' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/documents/other/${doc.id}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Documents' })).toBeTruthy();

    await openFromList('Warehouse lead interview – Ana Reyes');
    fireEvent.click(await screen.findByRole('button', { name: 'Mark as sent' }));
    const form = await dialog('Mark as sent');
    expect((within(form).getByRole('radio', { name: 'Email' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(within(form).getByLabelText('When did you send it?'), { target: { value: '2999-01-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Mark as sent' }));
    expect(await within(form).findAllByText('The date can’t be in the future.')).toHaveLength(2);
    fireEvent.change(within(form).getByLabelText('When did you send it?'), { target: { value: '2025-03-03' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Mark as sent' }));

    const offer = await dialog('Update the job?');
    expect(within(offer).getByText('Move “Warehouse lead” to Declined? The date on its timeline will be Mon, Mar 3, 2025, when you sent the letter.')).toBeTruthy();
    const [message] = await getDb().messages.toArray();
    expect(message).toMatchObject({ direction: 'sent', channel: 'email', at: '2025-03-03', jobId: job.id, contactId: luis.id, letterId: letter.id, letterType: 'decline-interview' });
    expect(await getDb().letters.get(letter.id)).toMatchObject({ status: 'sent', sent: { at: '2025-03-03', channel: 'email', messageId: message.id } });

    fireEvent.click(within(offer).getByRole('button', { name: 'Yes, move it to Declined' }));
    expect(await findToast('Moved “Warehouse lead” to Declined.')).toBeTruthy();
    expect(await getDb().jobs.get(job.id)).toMatchObject({ stage: 'declined', stageAt: '2025-03-03' });

    // The sent letter: read-only, with when and how it went; it counts in the job-search log.
    expect(screen.getByText('Sent by email on Mon, Mar 3, 2025.')).toBeTruthy();
    expect((screen.getByLabelText('Paragraph 1') as HTMLTextAreaElement).readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Mark as sent' })).toBeNull();
    const log = await collectActivities(getDb(), '2025-03-02', '2025-03-08');
    expect(log.filter((a) => a.source.kind === 'letter')).toEqual([
      expect.objectContaining({ date: '2025-03-03', type: 'employer-contact', employer: 'Harbor Logistics', contactPerson: 'Luis Ortega', contactMethod: 'Email', position: 'Warehouse lead' }),
    ]);
  });

  it('leaves the job as it is on No, and offers no stage for a thank-you', async () => {
    const { job, luis } = await seedInterview();
    await seedMe();
    const decline = await letterAt('decline-interview', job, luis.id);
    renderAt(`/letters/${decline.id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Mark as sent' }));
    fireEvent.click(within(await dialog('Mark as sent')).getByRole('radio', { name: 'Phone' }));
    fireEvent.click(within(await dialog('Mark as sent')).getByRole('button', { name: 'Mark as sent' }));
    fireEvent.click(within(await dialog('Update the job?')).getByRole('button', { name: 'No, leave it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await getDb().jobs.get(job.id))?.stage).toBe('interviewing');
    expect((await getDb().messages.toArray())[0].channel).toBe('phone');

    await letterAt('thank-you', job, luis.id);
    await openFromList('Thank you – Warehouse lead interview');
    expect(await screen.findByRole('heading', { level: 1, name: 'Thank you after an interview' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Mark as sent' }));
    fireEvent.click(within(await dialog('Mark as sent')).getByRole('button', { name: 'Mark as sent' }));
    expect(await findToast('Marked as sent. You can find it in Messages.')).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'Update the job?' })).toBeNull();
    expect(await getDb().messages.count()).toBe(2);
  });

  it('Undo after marking sent makes it a draft again and takes it out of the log', async () => {
    const { job, luis } = await seedInterview();
    await seedMe();
    const letter = await letterAt('thank-you', job, luis.id);
    renderAt(`/letters/${letter.id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Mark as sent' }));
    fireEvent.click(within(await dialog('Mark as sent')).getByRole('button', { name: 'Mark as sent' }));
    fireEvent.click(within(await findToast('Marked as sent. You can find it in Messages.')).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Mark as sent' })).toBeTruthy();
    expect(await getDb().messages.count()).toBe(0);
    expect((await getDb().letters.get(letter.id))?.status).toBe('draft');
  });

  it('opens the email app with the letter, or copies a letter too long for a link and says so', async () => {
    const { job, luis } = await seedInterview();
    await seedMe();
    const open = vi.spyOn(mailApp, 'open').mockImplementation(() => undefined);
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const letter = await letterAt('thank-you', job, luis.id);
    renderAt(`/letters/${letter.id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Open in email' }));
    expect(open).toHaveBeenCalledTimes(1);
    const url = open.mock.calls[0][0];
    expect(url).toMatch(/^mailto:luis@harbor\.example\?subject=Thank%20you/);
    expect(decodeURIComponent(url.split('body=')[1])).toMatch(/^Dear Luis Ortega,\r\n\r\nThank you/);

    fireEvent.click(screen.getByRole('button', { name: 'Copy text' }));
    await findToast('Copied the letter. Paste it where you need it.');
    expect(writeText.mock.calls[0][0]).toMatch(/^Thank you.*\n\nDear Luis Ortega,\n\n/s);

    fireEvent.change(screen.getByLabelText('Paragraph 1'), { target: { value: 'A long story. '.repeat(200) } });
    fireEvent.click(screen.getByRole('button', { name: 'Open in email' }));
    expect(await findToast(/too long to open in your email app, so we copied it/)).toBeTruthy();
    expect(open).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[1][0]).toContain('A long story. A long story.');
  });
});
