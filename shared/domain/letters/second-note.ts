// Decline-an-interview's extras: the short note to whoever referred the user, and what to
// say when telling the employer by phone first (PRODUCT.md: "act quickly").
import { letterText } from './letter-text';
import { letterType } from './letter-types';
import type { LetterValues } from './merge';
import { letterVars, signatureFor } from './render';
import { fillFirst, fillParagraphs } from './template-fill';
import type { LetterBody, LetterContext, LetterLanguage } from './types';

/**
 * The short, friendly note to the contact who referred the user, so they hear the news
 * first-hand; null when nobody referred them (no `referrerName` value).
 */
export function secondNote(values: LetterValues, ctx: LetterContext, language: LetterLanguage): LetterBody | null {
  const type = letterType('decline-interview');
  const vars = letterVars(type, values, ctx, language);
  if (!vars.referrerName) return null;
  const template = letterText(language).common.referrerNote;
  return {
    subject: fillFirst(template.subject, vars) ?? '',
    salutation: fillFirst(template.salutation ?? [], vars) ?? '',
    paragraphs: fillParagraphs(template.paragraphs, vars),
    closing: template.closing ?? letterText(language).common.closing.email,
    signature: signatureFor({ ...ctx.me, phone: '', links: [] }, 'email'),
  };
}

/** What to say on the phone when declining an interview by call, as short paragraphs. */
export function phoneScript(values: LetterValues, ctx: LetterContext, language: LetterLanguage): string[] {
  const vars = letterVars(letterType('decline-interview'), values, ctx, language);
  return fillParagraphs(letterText(language).common.phoneScript, vars);
}
