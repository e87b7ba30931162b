import { afterEach, describe, expect, it } from 'vitest';
import type { CareerDb } from '../../../../renderer/src/db/career-db';
import { InvalidRecordError } from '../../../../renderer/src/db/errors';
import {
  addMessage,
  deleteMessage,
  listMessages,
  messagesBetween,
  messagesForContact,
  messagesForJob,
  restoreMessage,
  updateMessage,
} from '../../../../renderer/src/db/messages-table';
import { emptyMyDetails, getMyDetails, saveMyDetails } from '../../../../renderer/src/db/profile-table';
import { freshDb } from './fresh-db';

let db: CareerDb;
afterEach(() => db?.close());

const note = { direction: 'received', channel: 'phone', jobId: 'job000001', contactId: 'contact01', subject: 'Call about times', summary: 'Moved to Friday.' } as const;

describe('messages table', () => {
  it('notes calls by hand, finds them by job, person and date, newest first', async () => {
    db = freshDb();
    const older = await addMessage(db, { ...note, at: '2025-03-03' });
    const newer = await addMessage(db, { ...note, at: '2025-03-05', jobId: null, subject: '', summary: 'Left a voicemail.' });
    expect(newer).toMatchObject({ letterId: null, letterType: null });
    expect((await listMessages(db)).map((m) => m.id)).toEqual([newer.id, older.id]);
    expect((await messagesForJob(db, 'job000001')).map((m) => m.id)).toEqual([older.id]);
    expect((await messagesForContact(db, 'contact01')).map((m) => m.id)).toEqual([newer.id, older.id]);
    expect((await messagesBetween(db, '2025-03-04', '2025-03-05')).map((m) => m.id)).toEqual([newer.id]);
  });

  it('needs a date and a subject or summary, and edits keep the rest', async () => {
    db = freshDb();
    await expect(addMessage(db, { ...note, at: '2025-02-30' })).rejects.toThrow(InvalidRecordError);
    await expect(addMessage(db, { ...note, at: '2025-03-03', subject: ' ', summary: '' })).rejects.toThrow(/subject or a few words/);
    const message = await addMessage(db, { ...note, at: '2025-03-03' });
    const edited = await updateMessage(db, message.id, { summary: 'Moved to Monday.', channel: 'email' });
    expect(edited).toMatchObject({ summary: 'Moved to Monday.', channel: 'email', subject: 'Call about times', at: '2025-03-03' });
    await expect(updateMessage(db, message.id, { letterId: 'x' } as never)).rejects.toThrow(InvalidRecordError);
  });

  it('deletes with undo', async () => {
    db = freshDb();
    const message = await addMessage(db, { ...note, at: '2025-03-03' });
    const deleted = await deleteMessage(db, message.id);
    expect(deleted.letter).toBeNull();
    expect(await listMessages(db)).toEqual([]);
    await restoreMessage(db, deleted);
    expect(await listMessages(db)).toEqual([message]);
  });
});

describe('profile (my details)', () => {
  it('is blank until saved, then kept once with lines and links tidied', async () => {
    db = freshDb();
    expect(await getMyDetails(db)).toEqual(emptyMyDetails());
    await saveMyDetails(db, {
      name: '  José Müller-Nguyễn ',
      email: 'jose@example.com ',
      phone: '',
      address: '\n 12 Main St \n  Tacoma, WA 98402\n',
      links: [' https://linkedin.com/in/jose ', '', '  '],
    });
    await saveMyDetails(db, { ...(await getMyDetails(db)), phone: '(253) 555-0100' });
    expect(await getMyDetails(db)).toEqual({
      name: 'José Müller-Nguyễn',
      email: 'jose@example.com',
      phone: '(253) 555-0100',
      address: '12 Main St\nTacoma, WA 98402',
      links: ['https://linkedin.com/in/jose'],
    });
    expect(await db.profile.count()).toBe(1);
  });

  it('refuses details a letter could not carry, and keeps what was there', async () => {
    db = freshDb();
    await saveMyDetails(db, { ...emptyMyDetails(), name: 'Zoë Ελένη' });
    await expect(saveMyDetails(db, { ...emptyMyDetails(), name: 'x'.repeat(201) })).rejects.toThrow(InvalidRecordError);
    await expect(saveMyDetails(db, { ...emptyMyDetails(), name: 'Zoë', links: Array(11).fill('https://x.example') })).rejects.toThrow(InvalidRecordError);
    expect((await getMyDetails(db)).name).toBe('Zoë Ελένη');
  });
});
