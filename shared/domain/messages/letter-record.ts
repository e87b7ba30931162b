import { z } from 'zod';
import { DocumentIdSchema } from '../../contract/documents';
import { LetterBodySchema } from '../../contract/letters';
import { CalendarDateSchema, RecordIdSchema, textField } from '../jobs/job';
import { MESSAGE_CHANNELS } from './channels';
import { LetterTypeIdSchema } from './letter-type-id';

export const LETTER_STATUSES = ['draft', 'sent'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/** When and how the user says the letter went; the correspondence log holds the same as a message. */
export const LetterSentSchema = z.object({
  at: CalendarDateSchema,
  channel: z.enum(MESSAGE_CHANNELS),
  messageId: RecordIdSchema,
});
export type LetterSent = z.infer<typeof LetterSentSchema>;

/** A file made from the letter and added to the document library. */
export const LetterFileSchema = z.object({
  documentId: DocumentIdSchema,
  versionId: DocumentIdSchema,
  name: z.string().max(300),
  format: z.enum(['pdf', 'docx']),
  kind: z.enum(['cover-letter', 'other']),
});
export type LetterFile = z.infer<typeof LetterFileSchema>;

/** What the wizard and the editor change as the user works; everything else is the app's business. */
export const LetterDraftSchema = z.object({
  language: z.enum(['en', 'es']),
  jobId: RecordIdSchema.nullable(),
  contactId: RecordIdSchema.nullable(),
  /** The wizard's answers by field id (choices hold the choice id). */
  values: z.record(z.string().max(100), textField('An answer')),
  /** The checklist items the user ticked, by item id. */
  checked: z.array(z.string().max(100)).max(200),
  /** The wizard step the user is on, by step id: a draft opens where it was left. */
  step: z.string().max(100),
  /** The letter itself; null until the wizard first reaches the letter step. */
  body: LetterBodySchema.nullable(),
  /** True once the user changed the letter by hand, so changed answers no longer rewrite it. */
  edited: z.boolean(),
});
export type LetterDraft = z.infer<typeof LetterDraftSchema>;

/** A letter as stored: a draft being written, or one the user sent. */
export const LetterRecordSchema = LetterDraftSchema.extend({
  id: RecordIdSchema,
  type: LetterTypeIdSchema,
  status: z.enum(LETTER_STATUSES),
  sent: LetterSentSchema.nullable(),
  /** PDF and DOCX files made from it, newest last. */
  files: z.array(LetterFileSchema).max(100),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}).refine((letter) => (letter.status === 'sent') === (letter.sent !== null), {
  message: 'A sent letter needs its date and channel; a draft has none.',
  path: ['sent'],
});
export type LetterRecord = z.infer<typeof LetterRecordSchema>;

