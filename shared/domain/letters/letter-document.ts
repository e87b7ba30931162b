import { resolveType, type LetterValues } from './merge';
import type { LetterBody, LetterContext, LetterDocument, LetterLanguage, LetterTypeDef, LetterTypeId } from './types';

/**
 * Everything the DOCX and PDF layouts need, from the wizard's values and the edited body.
 * The recipient is the person written to and where they work.
 */
export function toLetterDocument(
  type: LetterTypeId | LetterTypeDef,
  values: LetterValues,
  ctx: LetterContext,
  language: LetterLanguage,
  body: LetterBody,
): LetterDocument {
  const def = resolveType(type);
  // A reference is asked as a person, not at the employer the user is applying to.
  const organisation = def.id === 'reference-request' ? '' : values.employer;
  const recipient: LetterDocument['recipient'] = {};
  const name = clean(values.contactName);
  // The contact's role from the record only while the letter still goes to that contact.
  const role = clean(values.contactRole) || (name && name === clean(ctx.contact?.name) ? clean(ctx.contact?.role) : '');
  const address = (values.recipientAddress ?? '').replace(/\r\n?/g, '\n').trim();
  if (name) recipient.name = name;
  if (role) recipient.role = role;
  if (clean(organisation)) recipient.organisation = clean(organisation);
  if (address) recipient.address = address;
  return { sender: ctx.me, date: ctx.today, language, recipient, body };
}

/** The letter as plain text, for the clipboard and the email app: blank lines between parts. */
export function letterPlainText(body: LetterBody): string {
  const blocks = [body.salutation, ...body.paragraphs, [body.closing, body.signature].filter((s) => s.trim()).join('\n')];
  return blocks
    .map((block) => block.trim())
    .filter(Boolean)
    .join('\n\n');
}

function clean(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
