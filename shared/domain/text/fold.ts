// Search and comparison keys. Accents are dropped only for the Latin combining marks
// (U+0300–U+036F) so "José" finds "jose", while Japanese voicing marks (が ≠ か) and Hangul
// survive: NFKD + NFKC also turns full-width "Ａｃｍｅ" and ligatures into plain letters.
const LATIN_MARKS = /[\u0300-\u036f]/g;

/** Lower-cases and removes accents so "Peña" and "pena" compare equal. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(LATIN_MARKS, '').normalize('NFKC').toLowerCase();
}

/** Folds and collapses runs of whitespace to single spaces, trimmed. */
export function foldForSearch(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}
