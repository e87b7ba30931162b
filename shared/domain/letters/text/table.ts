import type { CommonLetterText, LetterGuideText, LetterTemplate, LetterTextTable, LetterTypeText } from '../text-types';
import type { LetterLanguage, LetterTypeId } from '../types';

/** Builds a language's table from its per-type files; the Record type makes a missing type a compile error. */
export function tableFrom(language: LetterLanguage, common: CommonLetterText, types: Record<LetterTypeId, LetterTypeText>): LetterTextTable {
  const guides = {} as Record<LetterTypeId, LetterGuideText>;
  const templates = {} as Record<LetterTypeId, LetterTemplate>;
  for (const id of Object.keys(types) as LetterTypeId[]) {
    guides[id] = types[id].guide;
    templates[id] = types[id].template;
  }
  return { language, common, guides, templates };
}
