import { formatLetterDate } from './letter-dates';
import { letterText } from './letter-text';
import { resolveType, type LetterValues } from './merge';
import { fillFirst, fillParagraphs, tidy, type Vars } from './template-fill';
import type { LetterBody, LetterContext, LetterLanguage, LetterTypeDef, LetterTypeId, MyDetails } from './types';

/**
 * Placeholder values for a letter: the fields as they read in the letter (dates written
 * out in the letter's language, whitespace tidied) and the user's own details.
 */
export function letterVars(type: LetterTypeDef, values: LetterValues, ctx: LetterContext, language: LetterLanguage): Record<string, string> {
  const vars: Record<string, string> = {
    myName: oneLine(ctx.me.name),
    myEmail: oneLine(ctx.me.email),
    myPhone: oneLine(ctx.me.phone),
  };
  for (const field of type.fields) {
    const raw = values[field.id] ?? '';
    if (field.kind === 'multiline') vars[field.id] = tidy(raw.replace(/\r\n?/g, '\n'));
    else if (field.kind === 'date') vars[field.id] = formatLetterDate(oneLine(raw), language);
    else vars[field.id] = oneLine(raw);
  }
  return vars;
}

/** The letter's body in the chosen language, from the type's template and the wizard's values. */
export function renderLetter(type: LetterTypeId | LetterTypeDef, values: LetterValues, ctx: LetterContext, language: LetterLanguage): LetterBody {
  const def = resolveType(type);
  const table = letterText(language);
  const template = table.templates[def.id];
  const vars = letterVars(def, values, ctx, language);
  return {
    subject: fillFirst(template.subject, vars) ?? '',
    salutation: fillFirst(template.salutation ?? table.common.salutation, vars) ?? '',
    paragraphs: fillParagraphs(template.paragraphs, vars, trimmed(values)),
    closing: template.closing ?? table.common.closing[def.channel],
    signature: signatureFor(ctx.me, def.channel),
  };
}

/**
 * The lines under the closing. An email carries the phone number and first link, since it
 * has no letterhead; a printed letter has the sender block at the top, so only the name.
 */
export function signatureFor(me: MyDetails, channel: LetterTypeDef['channel']): string {
  const lines = [me.name];
  if (channel === 'email') lines.push(me.phone, me.links.find((link) => link.trim()) ?? '');
  return lines.map(oneLine).filter(Boolean).join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function trimmed(values: LetterValues): Vars {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, (v ?? '').trim()]));
}
