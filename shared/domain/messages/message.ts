import { z } from 'zod';
import { CalendarDateSchema, RecordIdSchema, textField } from '../jobs/job';
import { LetterTypeIdSchema } from './letter-type-id';
import { MESSAGE_CHANNELS, MESSAGE_DIRECTIONS } from './channels';

/** What the user edits about a message in the correspondence log. */
export const MessageFieldsSchema = z.object({
  direction: z.enum(MESSAGE_DIRECTIONS),
  channel: z.enum(MESSAGE_CHANNELS),
  /** The day it was sent or received. */
  at: CalendarDateSchema,
  jobId: RecordIdSchema.nullable(),
  contactId: RecordIdSchema.nullable(),
  subject: z.string().max(500, 'A subject is limited to 500 characters.'),
  /** What was said: the gist of a call, or a note about the letter. */
  summary: textField('The summary'),
});
export type MessageFields = z.infer<typeof MessageFieldsSchema>;

/**
 * One entry of the correspondence log: a letter the user sent (with its letter), or a call,
 * email or visit noted by hand. The letter's type is copied here so the log and the
 * activity count keep working when the letter itself is deleted later.
 */
export const MessageSchema = MessageFieldsSchema.extend({
  id: RecordIdSchema,
  letterId: RecordIdSchema.nullable(),
  letterType: LetterTypeIdSchema.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}).refine((m) => m.subject.trim() !== '' || m.summary.trim() !== '', {
  message: 'Write a subject or a few words about what was said.',
  path: ['summary'],
});
export type Message = z.infer<typeof MessageSchema>;

/** A blank note of a call or message, dated `today`. */
export function emptyMessageFields(today: string): MessageFields {
  return { direction: 'sent', channel: 'phone', at: today, jobId: null, contactId: null, subject: '', summary: '' };
}
