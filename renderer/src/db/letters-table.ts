import type { LetterLanguage, LetterTypeId } from '../../../shared/domain/letters/types';
import {
  LetterDraftSchema,
  LetterFileSchema,
  LetterRecordSchema,
  MessageSchema,
  type LetterDraft,
  type LetterFile,
  type LetterRecord,
  type Message,
  type MessageChannel,
} from '../../../shared/domain/messages';
import type { CalendarDate } from '../../../shared/domain/jobs';
import type { CareerDb } from './career-db';
import { newId, nowIso } from './clock';
import { InvalidRecordError, RecordNotFoundError, validate } from './errors';

/** What a new letter starts from: its type, and what it is about. */
export interface NewLetter {
  type: LetterTypeId;
  language: LetterLanguage;
  jobId?: string | null;
  contactId?: string | null;
  /** The wizard's first answers (merged from the job, the contact and my details). */
  values?: Record<string, string>;
  /** The step the wizard opens on. */
  step: string;
}

/** Starts a draft letter. */
export async function createLetter(db: CareerDb, input: NewLetter): Promise<LetterRecord> {
  const now = nowIso();
  const letter = validate(
    LetterRecordSchema,
    {
      id: newId(),
      type: input.type,
      status: 'draft',
      language: input.language,
      jobId: input.jobId ?? null,
      contactId: input.contactId ?? null,
      values: input.values ?? {},
      checked: [],
      step: input.step,
      body: null,
      edited: false,
      sent: null,
      files: [],
      createdAt: now,
      updatedAt: now,
    },
    'letter',
  );
  await db.letters.add(letter);
  return letter;
}

/** Reads one letter; throws RecordNotFoundError when it is gone. */
export async function getLetter(db: CareerDb, id: string): Promise<LetterRecord> {
  const letter = await db.letters.get(id);
  if (!letter) throw new RecordNotFoundError('This letter is no longer in your list.');
  return letter;
}

/** Saves the wizard's and the editor's changes to a draft (the autosave). A sent letter is kept as it went. */
export async function saveLetterDraft(db: CareerDb, id: string, patch: Partial<LetterDraft>): Promise<LetterRecord> {
  const changes = validate(LetterDraftSchema.partial().strict(), patch, 'change');
  return db.transaction('rw', db.letters, async () => {
    const current = await getLetter(db, id);
    if (current.status === 'sent') throw new InvalidRecordError('This letter was already sent, so it can’t be changed. Duplicate it to write a new one.');
    const next = validate(LetterRecordSchema, { ...current, ...changes, updatedAt: nowIso() }, 'letter');
    await db.letters.put(next);
    return next;
  });
}

/** Remembers a PDF or DOCX made from the letter and added to the library. */
export async function addLetterFile(db: CareerDb, id: string, file: LetterFile): Promise<LetterRecord> {
  const valid = validate(LetterFileSchema, file, 'file');
  return db.transaction('rw', db.letters, async () => {
    const current = await getLetter(db, id);
    const files = [...current.files.filter((f) => f.versionId !== valid.versionId), valid].slice(-100);
    const next = validate(LetterRecordSchema, { ...current, files, updatedAt: nowIso() }, 'letter');
    await db.letters.put(next);
    return next;
  });
}

/** Every letter, most recently changed first. */
export async function listLetters(db: CareerDb): Promise<LetterRecord[]> {
  return db.letters.orderBy('updatedAt').reverse().toArray();
}

/** A job's letters, most recently changed first. */
export async function lettersForJob(db: CareerDb, jobId: string): Promise<LetterRecord[]> {
  return (await db.letters.where('jobId').equals(jobId).toArray()).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
}

/** Letters to one person, most recently changed first. */
export async function lettersForContact(db: CareerDb, contactId: string): Promise<LetterRecord[]> {
  return (await db.letters.where('contactId').equals(contactId).toArray()).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
}

/** A new draft with the same type, links, answers and text: for writing a similar letter again. */
export async function duplicateLetter(db: CareerDb, id: string): Promise<LetterRecord> {
  return db.transaction('rw', db.letters, async () => {
    const source = await getLetter(db, id);
    const now = nowIso();
    const copy = validate(LetterRecordSchema, { ...source, id: newId(), status: 'draft', sent: null, files: [], createdAt: now, updatedAt: now }, 'letter');
    await db.letters.add(copy);
    return copy;
  });
}

/** Deletes a letter; returns it so the UI can undo with restoreLetter. Its messages stay in the log. */
export async function deleteLetter(db: CareerDb, id: string): Promise<LetterRecord> {
  return db.transaction('rw', db.letters, async () => {
    const letter = await getLetter(db, id);
    await db.letters.delete(id);
    return letter;
  });
}

/** Puts back a letter deleteLetter removed. */
export async function restoreLetter(db: CareerDb, letter: LetterRecord): Promise<void> {
  await db.letters.put(letter);
}

/** How the user says a letter went. `subject` stands in when the letter has none (a phone script). */
export interface SentDetails {
  at: CalendarDate;
  channel: MessageChannel;
  fallbackSubject: string;
}

/**
 * Marks a draft as sent and writes it into the correspondence log, in one transaction:
 * the letter and its message never disagree.
 */
export async function markLetterSent(db: CareerDb, id: string, details: SentDetails): Promise<{ letter: LetterRecord; message: Message }> {
  return db.transaction('rw', db.letters, db.messages, async () => {
    const letter = await getLetter(db, id);
    if (letter.status === 'sent') throw new InvalidRecordError('This letter is already marked as sent.');
    const now = nowIso();
    const message = validate(
      MessageSchema,
      {
        id: newId(),
        direction: 'sent',
        channel: details.channel,
        at: details.at,
        jobId: letter.jobId,
        contactId: letter.contactId,
        subject: letter.body?.subject.trim() || details.fallbackSubject,
        summary: '',
        letterId: letter.id,
        letterType: letter.type,
        createdAt: now,
        updatedAt: now,
      },
      'message',
    );
    const sent = validate(LetterRecordSchema, { ...letter, status: 'sent', sent: { at: details.at, channel: details.channel, messageId: message.id }, updatedAt: now }, 'letter');
    await db.messages.add(message);
    await db.letters.put(sent);
    return { letter: sent, message };
  });
}
