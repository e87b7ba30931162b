import { z } from 'zod';
import { DocumentIdSchema } from '../../contract/documents';
import { isCalendarDate } from './calendar-date';
import { PaySchema } from './pay';
import { STAGES } from './stages';

/** Every free-text field may hold a whole pasted posting: 100,000 characters (the backend's posting and PDF limits match). */
export const TEXT_LIMIT = 100_000;

/** Ids made by the renderer: letters, digits, dashes and underscores. */
export const RecordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'is not a record id');

/** A free-text field with the 100 KB limit and a message the form can show. */
export const textField = (label: string) => z.string().max(TEXT_LIMIT, `${label} is longer than 100 KB; please shorten it.`);

/** A calendar date 'YYYY-MM-DD' the user picked. */
export const CalendarDateSchema = z.string().refine(isCalendarDate, 'must be a date like 2024-03-05');

/** Only web links: a javascript: or file: link must never reach a clickable anchor. */
const UrlSchema = textField('The link').refine(
  (url) => url === '' || /^https?:\/\/[^\s/]+/i.test(url),
  'The link must start with http:// or https://.',
);

/** Where the work happens. */
export const WORKPLACES = ['remote', 'hybrid', 'on-site'] as const;
export type Workplace = (typeof WORKPLACES)[number];

/** Which exact document version went with the application, and when. */
export const SentDocumentSchema = z.object({
  documentId: DocumentIdSchema,
  versionId: DocumentIdSchema,
  sentAt: CalendarDateSchema,
});
export type SentDocument = z.infer<typeof SentDocumentSchema>;

/** What the user means to do next for this job, and by when. */
export const NextActionSchema = z.object({
  text: textField('The next action').refine((t) => t.trim() !== '', 'Say what the next action is.'),
  due: CalendarDateSchema.nullable(),
});
export type NextAction = z.infer<typeof NextActionSchema>;

/** What the user edits. No defaults here: a partial of this is a patch and must not fill in blanks. */
export const JobFieldsSchema = z.object({
  title: textField('The job title').refine((t) => t.trim() !== '', 'A job needs a title.'),
  employer: textField('The employer'),
  location: textField('The location'),
  workplace: z.enum(WORKPLACES).nullable(),
  pay: PaySchema.nullable(),
  /** Where the job was found: a job board, a friend, the job centre. */
  source: textField('The source'),
  url: UrlSchema,
  jobNumber: textField('The job number'),
  postedAt: CalendarDateSchema.nullable(),
  deadline: CalendarDateSchema.nullable(),
  description: textField('The description'),
  notes: textField('The notes'),
  contactIds: z.array(RecordIdSchema).max(500),
  sentDocuments: z.array(SentDocumentSchema).max(500),
  nextAction: NextActionSchema.nullable(),
});
export type JobFields = z.infer<typeof JobFieldsSchema>;

/** A change to some fields of a job. */
export const JobPatchSchema = JobFieldsSchema.partial().strict();
export type JobPatch = z.infer<typeof JobPatchSchema>;

/** A job as stored. `stage` and `stageAt` repeat the latest timeline entry so lists need no join. */
export const JobSchema = JobFieldsSchema.extend({
  id: RecordIdSchema,
  stage: z.enum(STAGES),
  stageAt: CalendarDateSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Job = z.infer<typeof JobSchema>;

/** The blank form: every field present, so a job from a paste or a file is complete. */
export function emptyJobFields(): JobFields {
  return {
    title: '',
    employer: '',
    location: '',
    workplace: null,
    pay: null,
    source: '',
    url: '',
    jobNumber: '',
    postedAt: null,
    deadline: null,
    description: '',
    notes: '',
    contactIds: [],
    sentDocuments: [],
    nextAction: null,
  };
}

/** A readable list of what is wrong with a job, one line per field, for forms and import reports. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
