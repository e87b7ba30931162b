import { letterText } from './letter-text';
import { resolveType } from './merge';
import type { LetterContext, LetterLanguage, LetterTypeDef, LetterTypeId } from './types';

/**
 * A plain, readable file name such as "Thank-you letter - Acme Corp.pdf": the letter's
 * name in the UI language and who it is for. The library makes it safe for every file system.
 */
export function letterFileName(
  type: LetterTypeId | LetterTypeDef,
  ctx: LetterContext,
  format: 'pdf' | 'docx',
  language: LetterLanguage = 'en',
): string {
  const def = resolveType(type);
  const name = letterText(language).guides[def.id].documentName;
  const who = oneLine(ctx.job?.employer ?? '') || oneLine(ctx.contact?.name ?? '');
  // Characters that are separators on some system would split the name into folders.
  const safeWho = who.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80).trim();
  return `${safeWho ? `${name} - ${safeWho}` : name}.${format}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
