// The letter composer's shared shapes: letter types as data, the wizard's context, the
// editable letter body and the document the DOCX/PDF layouts print. The renderer (wizard,
// editor) and the backend (file output) both code against these, so rename nothing.
import type { ActivityType } from '../activity/activity';
import type { StageId } from '../jobs/stages';

export type LetterTypeId =
  | 'decline-interview'
  | 'withdraw-application'
  | 'decline-offer'
  | 'accept-offer'
  | 'thank-you'
  | 'follow-up'
  | 'informational-interview'
  | 'reschedule-interview'
  | 'reference-request'
  | 'resignation'
  | 'cover-letter';

export type LetterLanguage = 'en' | 'es';

/** The user's own details, entered once in the profile and used by every letter. */
export interface MyDetails {
  name: string;
  email: string;
  phone: string;
  /** Multi-line postal address, lines separated by "\n". */
  address: string;
  /** LinkedIn, portfolio and the like. */
  links: string[];
}

/** What the wizard knows when it starts; every part optional except me/today. */
export interface LetterContext {
  me: MyDetails;
  today: string; // YYYY-MM-DD
  job?: { title: string; employer: string; location?: string; reference?: string };
  contact?: { name: string; role?: string; email?: string };
  /** The contact who referred the user to this job, if any (decline-interview's second note). */
  referrer?: { name: string; email?: string };
  /** The job's next interview, if the schedule knows one (decline-interview's "act quickly"). */
  interviewAt?: string; // ISO date-time
}

export type FieldKind = 'text' | 'multiline' | 'date' | 'choice';

/** Where a field's starting value comes from. */
export type MergeSource =
  | 'job.title'
  | 'job.employer'
  | 'job.reference'
  | 'contact.name'
  | 'contact.role'
  | 'contact.email'
  | 'me.name'
  | 'today'
  /** The date part of `LetterContext.interviewAt`, in the user's time zone. */
  | 'interview.date'
  | 'referrer.name';

export interface LetterField {
  id: string;
  kind: FieldKind;
  required: boolean;
  /** Filled from the context when the wizard starts; the user can change it. */
  mergeFrom?: MergeSource;
  choices?: string[]; // ids, labelled through the text tables
}

export type AdviceStep =
  | { id: string; kind: 'checklist'; items: string[] /* item ids */ }
  | { id: string; kind: 'info' } // advice text only
  | { id: string; kind: 'fields'; fields: string[] /* LetterField ids asked on this step */ }
  | { id: string; kind: 'letter' }; // the final step: the letter itself

export interface LetterTypeDef {
  id: LetterTypeId;
  /** Shown on the stage it offers after sending; none for letters that don't change a stage. */
  offersStage?: StageId;
  /** Counts in the job-search activity log when sent, and as which activity type. */
  activity?: { type: ActivityType };
  channel: 'email' | 'letter';
  fields: LetterField[];
  steps: AdviceStep[];
}

/** The letter as the editor holds it: whole paragraphs, freely editable after the wizard. */
export interface LetterBody {
  subject: string;
  salutation: string;
  paragraphs: string[];
  closing: string;
  signature: string;
}

/** Everything the DOCX/PDF layouts need. */
export interface LetterDocument {
  sender: MyDetails;
  date: string; // YYYY-MM-DD
  language: LetterLanguage;
  recipient: { name?: string; role?: string; organisation?: string; address?: string };
  body: LetterBody;
}

/** One tone-check finding: the span [start, end) of the checked text and what to do about it. */
export interface ToneFlag {
  start: number;
  end: number;
  rule: string;
  reason: string;
  suggestion: string;
}
