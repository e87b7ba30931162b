import type { LetterTextTable } from './text-types';
import { lettersEn } from './text/en';
import { lettersEs } from './text/es';
import type { LetterLanguage } from './types';

const TABLES: Record<LetterLanguage, LetterTextTable> = { en: lettersEn, es: lettersEs };

/**
 * The letter text tables for a language: per type its title, description, step advice,
 * field labels, choice labels and letter templates, plus the words all letters share.
 * Pass the UI language for advice and labels, and the chosen letter language for bodies.
 */
export function letterText(language: LetterLanguage): LetterTextTable {
  return TABLES[language] ?? TABLES.en;
}
