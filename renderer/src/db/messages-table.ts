import { MessageFieldsSchema, MessageSchema, newestFirst, type LetterRecord, type Message, type MessageFields } from '../../../shared/domain/messages';
import type { CalendarDate } from '../../../shared/domain/jobs';
import type { CareerDb } from './career-db';
import { newId, nowIso } from './clock';
import { RecordNotFoundError, validate } from './errors';

/** Notes a call, email, visit or letter in the correspondence log by hand. */
export async function addMessage(db: CareerDb, fields: MessageFields): Promise<Message> {
  const now = nowIso();
  const message = validate(MessageSchema, { ...fields, id: newId(), letterId: null, letterType: null, createdAt: now, updatedAt: now }, 'message');
  await db.messages.add(message);
  return message;
}

/** Reads one message; throws RecordNotFoundError when it is gone. */
export async function getMessage(db: CareerDb, id: string): Promise<Message> {
  const message = await db.messages.get(id);
  if (!message) throw new RecordNotFoundError('This message is no longer in your log.');
  return message;
}

/** Changes some fields of a message; a sent letter's date and channel follow its message's. */
export async function updateMessage(db: CareerDb, id: string, patch: Partial<MessageFields>): Promise<Message> {
  const changes = validate(MessageFieldsSchema.partial().strict(), patch, 'change');
  return db.transaction('rw', db.messages, db.letters, async () => {
    const current = await getMessage(db, id);
    const now = nowIso();
    const next = validate(MessageSchema, { ...current, ...changes, updatedAt: now }, 'message');
    await db.messages.put(next);
    const letter = next.letterId ? await db.letters.get(next.letterId) : undefined;
    if (letter?.sent?.messageId === id) await db.letters.put({ ...letter, sent: { ...letter.sent, at: next.at, channel: next.channel }, updatedAt: now });
    return next;
  });
}

/** What deleteMessage removed, for undo: the message, and the letter it marked as sent (as it was). */
export interface DeletedMessage {
  message: Message;
  letter: LetterRecord | null;
}

/**
 * Deletes a message. When it is the record of a sent letter, that letter goes back to being
 * a draft, so a letter is "sent" exactly when the log says it went.
 */
export async function deleteMessage(db: CareerDb, id: string): Promise<DeletedMessage> {
  return db.transaction('rw', db.messages, db.letters, async () => {
    const message = await getMessage(db, id);
    const letter = message.letterId ? ((await db.letters.get(message.letterId)) ?? null) : null;
    const marked = letter?.sent?.messageId === id ? letter : null;
    if (marked) await db.letters.put({ ...marked, status: 'draft', sent: null, updatedAt: nowIso() });
    await db.messages.delete(id);
    return { message, letter: marked };
  });
}

/** Puts back what deleteMessage removed (undo), with the letter sent again if it still exists. */
export async function restoreMessage(db: CareerDb, deleted: DeletedMessage): Promise<void> {
  await db.transaction('rw', db.messages, db.letters, async () => {
    await db.messages.put(deleted.message);
    if (deleted.letter && (await db.letters.get(deleted.letter.id))) await db.letters.put(deleted.letter);
  });
}

/** The whole correspondence log, newest first. */
export async function listMessages(db: CareerDb): Promise<Message[]> {
  return (await db.messages.toArray()).sort(newestFirst);
}

/** One job's messages, newest first (the job page's list), through the index. */
export async function messagesForJob(db: CareerDb, jobId: string): Promise<Message[]> {
  return (await db.messages.where('jobId').equals(jobId).toArray()).sort(newestFirst);
}

/** Messages with one person, newest first (the contact page's list). */
export async function messagesForContact(db: CareerDb, contactId: string): Promise<Message[]> {
  return (await db.messages.where('contactId').equals(contactId).toArray()).sort(newestFirst);
}

/** Messages dated from `from` to `to`, inclusive (the activity log's read). */
export function messagesBetween(db: CareerDb, from: CalendarDate, to: CalendarDate): Promise<Message[]> {
  return db.messages.where('at').between(from, to, true, true).toArray();
}
