import { afterEach, describe, expect, it } from 'vitest';
import type { CareerDb } from '../../../../renderer/src/db/career-db';
import { InvalidRecordError, RecordNotFoundError } from '../../../../renderer/src/db/errors';
import { addJob } from '../../../../renderer/src/db/jobs-table';
import {
  addLetterFile,
  createLetter,
  deleteLetter,
  duplicateLetter,
  getLetter,
  lettersForJob,
  listLetters,
  markLetterSent,
  restoreLetter,
  saveLetterDraft,
} from '../../../../renderer/src/db/letters-table';
import { deleteMessage, listMessages, restoreMessage, updateMessage } from '../../../../renderer/src/db/messages-table';
import { freshDb } from './fresh-db';

let db: CareerDb;
afterEach(() => db?.close());

const body = { subject: 'Line cook interview – Ana', salutation: 'Dear Mr Ruiz,', paragraphs: ['Thank you.', 'I withdraw.'], closing: 'Kind regards,', signature: 'Ana' };

describe('letters table', () => {
  it('starts a draft, saves the wizard’s and editor’s changes, and lists newest change first', async () => {
    db = freshDb();
    const job = await addJob(db, { title: 'Line cook', employer: 'Diner' });
    const first = await createLetter(db, { type: 'thank-you', language: 'en', step: 'timing' });
    const second = await createLetter(db, { type: 'decline-interview', language: 'es', jobId: job.id, values: { employer: 'Diner' }, step: 'be-sure' });
    expect(second).toMatchObject({ status: 'draft', sent: null, body: null, edited: false, checked: [], files: [], values: { employer: 'Diner' } });

    await saveLetterDraft(db, first.id, { step: 'details', values: { contactName: 'Mr Ruiz' }, checked: ['timing/sent-within-day'] });
    await saveLetterDraft(db, first.id, { body, edited: true });
    expect(await getLetter(db, first.id)).toMatchObject({ step: 'details', values: { contactName: 'Mr Ruiz' }, body, edited: true });
    expect((await listLetters(db)).map((l) => l.id)).toEqual([first.id, second.id]);
    expect((await lettersForJob(db, job.id)).map((l) => l.id)).toEqual([second.id]);
  });

  it('refuses what is not a letter: an unknown type, a sent status without its details, unknown fields', async () => {
    db = freshDb();
    await expect(createLetter(db, { type: 'love-letter' as never, language: 'en', step: 'x' })).rejects.toThrow(InvalidRecordError);
    const letter = await createLetter(db, { type: 'follow-up', language: 'en', step: 'timing' });
    await expect(saveLetterDraft(db, letter.id, { status: 'sent' } as never)).rejects.toThrow(InvalidRecordError);
    await expect(saveLetterDraft(db, letter.id, { body: { ...body, paragraphs: ['x'.repeat(20_001)] } })).rejects.toThrow(/can't be saved/);
    await expect(saveLetterDraft(db, 'nosuchletter', { step: 'x' })).rejects.toThrow(RecordNotFoundError);
    expect(await getLetter(db, letter.id)).toMatchObject({ status: 'draft', body: null });
  });

  it('marks a letter sent and logs it in one go; the sent letter can no longer be changed', async () => {
    db = freshDb();
    const job = await addJob(db, { title: 'Line cook', employer: 'Diner' });
    const letter = await createLetter(db, { type: 'decline-interview', language: 'en', jobId: job.id, contactId: null, step: 'letter' });
    await saveLetterDraft(db, letter.id, { body });
    const { letter: sent, message } = await markLetterSent(db, letter.id, { at: '2025-03-04', channel: 'email', fallbackSubject: 'Decline an interview' });
    expect(sent).toMatchObject({ status: 'sent', sent: { at: '2025-03-04', channel: 'email', messageId: message.id } });
    expect(message).toMatchObject({
      direction: 'sent', channel: 'email', at: '2025-03-04', jobId: job.id, contactId: null, subject: body.subject, letterId: letter.id, letterType: 'decline-interview',
    });
    await expect(saveLetterDraft(db, letter.id, { step: 'be-sure' })).rejects.toThrow(/already sent/);
    await expect(markLetterSent(db, letter.id, { at: '2025-03-05', channel: 'phone', fallbackSubject: 'x' })).rejects.toThrow(/already/);
    expect(await listMessages(db)).toHaveLength(1);
  });

  it('a corrected date or channel in the log is the sent letter’s too', async () => {
    db = freshDb();
    const letter = await createLetter(db, { type: 'thank-you', language: 'en', step: 'letter' });
    const { message } = await markLetterSent(db, letter.id, { at: '2025-03-04', channel: 'email', fallbackSubject: 'Thank you' });
    await updateMessage(db, message.id, { at: '2025-03-03', channel: 'letter', summary: 'Posted it on the way home.' });
    expect((await getLetter(db, letter.id)).sent).toEqual({ at: '2025-03-03', channel: 'letter', messageId: message.id });
  });

  it('logs a letter without a subject under the type’s name', async () => {
    db = freshDb();
    const letter = await createLetter(db, { type: 'resignation', language: 'en', step: 'letter' });
    const { message } = await markLetterSent(db, letter.id, { at: '2025-03-04', channel: 'in-person', fallbackSubject: 'Resignation letter' });
    expect(message.subject).toBe('Resignation letter');
  });

  it('deleting the sent message makes the letter a draft again; undo sends it again', async () => {
    db = freshDb();
    const letter = await createLetter(db, { type: 'thank-you', language: 'en', step: 'letter' });
    const { message } = await markLetterSent(db, letter.id, { at: '2025-03-04', channel: 'email', fallbackSubject: 'Thank you' });
    const deleted = await deleteMessage(db, message.id);
    expect(await getLetter(db, letter.id)).toMatchObject({ status: 'draft', sent: null });
    expect(await listMessages(db)).toEqual([]);
    await restoreMessage(db, deleted);
    expect(await getLetter(db, letter.id)).toMatchObject({ status: 'sent', sent: { messageId: message.id } });
    expect((await listMessages(db)).map((m) => m.id)).toEqual([message.id]);
  });

  it('duplicates a sent letter as a fresh draft with the same text, and deletes with undo', async () => {
    db = freshDb();
    const letter = await createLetter(db, { type: 'follow-up', language: 'en', values: { employer: 'Diner' }, step: 'letter' });
    await saveLetterDraft(db, letter.id, { body, edited: true });
    await addLetterFile(db, letter.id, { documentId: 'doc0001', versionId: 'ver0001', name: 'Follow-up - Diner.pdf', format: 'pdf', kind: 'other' });
    await markLetterSent(db, letter.id, { at: '2025-03-04', channel: 'email', fallbackSubject: 'x' });
    const copy = await duplicateLetter(db, letter.id);
    expect(copy.id).not.toBe(letter.id);
    expect(copy).toMatchObject({ status: 'draft', sent: null, files: [], body, values: { employer: 'Diner' }, type: 'follow-up' });

    const deleted = await deleteLetter(db, copy.id);
    await expect(getLetter(db, copy.id)).rejects.toThrow(RecordNotFoundError);
    await restoreLetter(db, deleted);
    expect(await getLetter(db, copy.id)).toEqual(deleted);
  });

  it('remembers each file made from a letter once', async () => {
    db = freshDb();
    const letter = await createLetter(db, { type: 'cover-letter', language: 'en', step: 'letter' });
    const file = { documentId: 'doc0001', versionId: 'ver0001', name: 'Cover letter - Diner.pdf', format: 'pdf', kind: 'cover-letter' } as const;
    await addLetterFile(db, letter.id, file);
    await addLetterFile(db, letter.id, file);
    await addLetterFile(db, letter.id, { ...file, versionId: 'ver0002', format: 'docx', name: 'Cover letter - Diner.docx' });
    expect((await getLetter(db, letter.id)).files.map((f) => f.versionId)).toEqual(['ver0001', 'ver0002']);
  });
});
