// The shape of the letter text tables, one per language. Everything a translator touches
// is here as whole sentences with named placeholders such as {employer}; nothing is built
// by gluing fragments, so word order is the translator's to choose.
import type { LetterLanguage, LetterTypeId } from './types';

/** A wizard step's words: its title, its advice as plain paragraphs, and checklist items by id. */
export interface StepText {
  title: string;
  advice: string[];
  items?: Record<string, string>;
}

export interface FieldText {
  label: string;
  /** An example or a word of help shown under the field. */
  hint?: string;
}

/** What the wizard shows for one letter type, in the UI language. */
export interface LetterGuideText {
  title: string;
  /** One line for the list of letter types. */
  description: string;
  /** The start of a saved file's name, such as "Thank-you letter". */
  documentName: string;
  steps: Record<string, StepText>;
  fields: Record<string, FieldText>;
  /** Choice labels: field id → choice id → label. */
  choices: Record<string, Record<string, string>>;
}

/** Holds when a field has a value or, with `is`, when a choice field has that choice. */
export interface Condition {
  field: string;
  is?: string;
}

/**
 * One sentence of a template. A list gives alternatives, best first: the first whose
 * placeholders all have values is used, and if none has, the sentence is left out.
 */
export type Sentence = string | readonly string[] | { if: Condition; text: string | readonly string[] };

/** A paragraph: its sentences joined by spaces; left out when a condition fails or no sentence is left. */
export type ParagraphTemplate = readonly Sentence[] | { if: Condition; sentences: readonly Sentence[] };

/** A letter's body in one language. */
export interface LetterTemplate {
  subject: readonly string[];
  /** Alternatives, best first; the common salutation when absent. */
  salutation?: readonly string[];
  paragraphs: readonly ParagraphTemplate[];
  /** The sign-off; the common one for the channel when absent. */
  closing?: string;
}

export type ToneRule = 'burning-bridges' | 'criticism' | 'over-explaining' | 'apologising' | 'shouting' | 'too-long';

/** Words shared by every letter type in one language. */
export interface CommonLetterText {
  /** BCP 47 locale for dates, such as en-US. */
  locale: string;
  salutation: readonly string[];
  closing: { email: string; letter: string };
  /** The note to the contact who referred the user (decline an interview). */
  referrerNote: LetterTemplate;
  /** What to say on the phone instead of (or before) the email, as short paragraphs. */
  phoneScript: readonly ParagraphTemplate[];
  /** How soon the interview is; placeholders {days} and {date}. */
  urgency: Record<'passed' | 'today' | 'tomorrow' | 'soon' | 'later' | 'unknown', string>;
  tone: Record<ToneRule, { reason: string; suggestion: string }>;
  /** The too-long reason with {words} and {limit}. */
  tooLongReason: string;
  /** The page number printed on letters longer than a page, with {page} and {pages}. */
  pageNumber: string;
}

/** Everything in one language: the common words, the guide per type and the letter per type. */
export interface LetterTextTable {
  language: LetterLanguage;
  common: CommonLetterText;
  guides: Record<LetterTypeId, LetterGuideText>;
  templates: Record<LetterTypeId, LetterTemplate>;
}

/** One type's words in one language, as each text/<lang>/<type>.ts file exports them. */
export interface LetterTypeText {
  guide: LetterGuideText;
  template: LetterTemplate;
}
