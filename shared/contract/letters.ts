import { z } from 'zod';
import type { LetterDocument } from '../domain/letters/types';
import { CalendarDaySchema } from './activity';
import { defineContract } from './define';
import { DocumentIdSchema } from './documents';
import { LANGUAGES } from './settings';

// Limits are generous for a letter (a cover letter is a page; a long resignation two) but
// keep a runaway paste from turning into a 500-page PDF.
const line = (max: number) => z.string().max(max);

export const MyDetailsSchema = z
  .object({
    name: line(200),
    email: line(320),
    phone: line(100),
    /** Multi-line postal address. */
    address: line(1000),
    links: z.array(line(2000)).max(10),
  })
  .strict();

export const LetterBodySchema = z
  .object({
    subject: line(500),
    salutation: line(500),
    paragraphs: z.array(line(20_000)).max(200),
    closing: line(200),
    signature: line(1000),
  })
  .strict();

export const LetterDocumentSchema = z
  .object({
    sender: MyDetailsSchema,
    date: CalendarDaySchema,
    language: z.enum(LANGUAGES),
    recipient: z
      .object({
        name: line(200).optional(),
        role: line(200).optional(),
        organisation: line(300).optional(),
        address: line(1000).optional(),
      })
      .strict(),
    body: LetterBodySchema,
  })
  .strict();

// The schema and the domain interface describe the same thing; this line stops them drifting apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesDomain: Same<z.infer<typeof LetterDocumentSchema>, LetterDocument> = true;
void schemaMatchesDomain;

export const LETTER_FORMATS = ['pdf', 'docx'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];

export const LetterSaveArgsSchema = z
  .object({
    document: LetterDocumentSchema,
    format: z.enum(LETTER_FORMATS),
    /** The library folder it goes in: "Cover letters" or "Documents". */
    kind: z.enum(['cover-letter', 'other']),
    /** A plain name such as "Thank-you letter - Acme Corp.pdf"; the library makes it safe. */
    fileName: z.string().trim().min(1).max(300),
    /** US Letter by default: the app's users apply mostly in the US, where A4 prints cropped. */
    paper: z.enum(['letter', 'a4']).default('letter'),
  })
  .strict();
export type LetterSaveArgs = z.input<typeof LetterSaveArgsSchema>;

export const LetterSavedSchema = z.object({
  documentId: DocumentIdSchema,
  versionId: DocumentIdSchema,
  /** The document's title in the library. */
  name: z.string(),
  /** True when the very same file was already in the library (nothing new was added). */
  existing: z.boolean(),
});
export type LetterSaved = z.infer<typeof LetterSavedSchema>;

export const lettersContract = defineContract({
  /** Builds the letter as a PDF or DOCX and adds it to the document library. */
  'letters-save': { args: LetterSaveArgsSchema, result: LetterSavedSchema },
});
