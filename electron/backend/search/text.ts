// How text becomes search terms. The index, the query and the snippet highlighter all go
// through these functions, so a word is found and highlighted exactly when it matches.

/** Han, kana and the kana length mark: scripts written without spaces between words. */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc\\uff70';
/**
 * A token is either a run of CJK characters (group 1) or a run of letters, marks and digits
 * of any other script. Written as "not punctuation, symbol, separator or control" so
 * combining marks (NFD input, Indic vowel signs) stay inside their word.
 */
const TOKEN_SOURCE = `([${CJK}]+)|[^\\p{P}\\p{S}\\p{Z}\\p{C}${CJK}]+`;
const CJK_CHAR = new RegExp(`^[${CJK}]`, 'u');

/** A fresh global token regex: callers loop with exec(), which keeps state in lastIndex. */
export const tokenRegex = (): RegExp => new RegExp(TOKEN_SOURCE, 'gu');

/** Longer "words" are base64, hashes or extraction junk; not worth a place in the index. */
export const MAX_TERM_LENGTH = 64;

/**
 * Only these combining marks are stripped: Latin/Greek/Cyrillic diacritics, Hebrew points and
 * Arabic harakat and tatweel. Indic vowel signs and the Japanese voicing marks are marks too,
 * but they change the word, so removing them would merge different words.
 */
const STRIPPED_RANGES = [
  [0x0300, 0x036f], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x20d0, 0x20ff], [0xfe20, 0xfe2f], // Latin, Greek, Cyrillic
  [0x0591, 0x05c7], // Hebrew points
  [0x064b, 0x065f], [0x0670, 0x0670], [0x0640, 0x0640], // Arabic harakat, superscript alef, tatweel
];
// Built from numbers: lone combining marks written inside a regex literal confuse readers and linters.
const hex = (n: number) => `\\u{${n.toString(16)}}`;
const STRIPPED_MARKS = new RegExp(`[${STRIPPED_RANGES.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]`, 'gu');
/** Letters that carry an accent but do not decompose in Unicode. */
const LETTER_FOLDS: Record<string, string> = { ß: 'ss', ł: 'l', ø: 'o', đ: 'd', ð: 'd', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };
const UNFOLDED_LETTERS = /[ßłøđðæœıþ]/g;
/** Any non-ASCII code unit (a plain class: \P{ASCII} with the u flag is 3x slower in V8). */
const NON_ASCII = /[\u0080-\uffff]/;

// NFKD also unifies compatibility forms: PDF ligatures ("ﬁ"), full-width letters, Arabic
// presentation forms.
/** The comparable form of a word, case- and accent-insensitive ("Résumé" → "resume"). */
export function fold(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase(); // the common case, ~10x cheaper
  return word
    .normalize('NFKD')
    .replace(STRIPPED_MARKS, '')
    .toLowerCase()
    .replace(UNFOLDED_LETTERS, (c) => LETTER_FOLDS[c])
    .normalize('NFC');
}

/** Whether a token is CJK (indexed as bigrams, no fuzzy matching). */
export const isCjk = (token: string): boolean => CJK_CHAR.test(token);

// Overlapping bigrams make any two-character substring a term ("李小龙" → 李小, 小龙); the last
// character alone lets a one-character query find every character by prefix.
/** The pieces a CJK run is indexed as, each with its [start, end) code-unit offsets. */
export function cjkPieces(run: string, offset = 0): Array<[string, number, number]> {
  const chars = Array.from(run); // code points, not UTF-16 units (Han extension B is astral)
  const starts: number[] = [];
  let at = offset;
  for (const c of chars) {
    starts.push(at);
    at += c.length;
  }
  starts.push(at);
  if (chars.length === 1) return [[chars[0], starts[0], starts[1]]];
  const pieces: Array<[string, number, number]> = [];
  for (let i = 0; i + 1 < chars.length; i++) pieces.push([chars[i] + chars[i + 1], starts[i], starts[i + 2]]);
  const last = chars.length - 1;
  pieces.push([chars[last], starts[last], starts[last + 1]]);
  return pieces;
}

function split(text: string, query: boolean): string[] {
  const tokens: string[] = [];
  const re = tokenRegex();
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] === undefined) tokens.push(m[0]);
    else {
      const pieces = cjkPieces(m[1]);
      // In a query the lone last character adds nothing the bigrams lack, and as a prefix it
      // would also match (and highlight) whatever follows it in the text.
      if (query && pieces.length > 1) pieces.pop();
      for (const [piece] of pieces) tokens.push(piece);
    }
  }
  return tokens;
}

/** Splits text into raw tokens for the index (CJK runs already cut into pieces). */
export const tokenize = (text: string): string[] => split(text, false);

/** Splits a query into raw tokens, like tokenize but without the extra CJK single characters. */
export const tokenizeQuery = (query: string): string[] => split(query, true);

/** MiniSearch's processTerm: the folded term, or null to leave junk out of the index. */
export function processTerm(token: string): string | null {
  const term = fold(token);
  return term.length === 0 || term.length > MAX_TERM_LENGTH ? null : term;
}

/** The folded terms of a query, as MiniSearch will see them. */
export const queryTerms = (query: string): string[] =>
  tokenizeQuery(query)
    .map(processTerm)
    .filter((t): t is string => t !== null);

/**
 * Everything above that decides which terms a text produces. A saved index built under other
 * rules is useless, so this goes into its fingerprint; bump the leading number when the logic
 * (not just a pattern) changes.
 */
export const TEXT_RULES = JSON.stringify([1, TOKEN_SOURCE, STRIPPED_MARKS.source, LETTER_FOLDS, MAX_TERM_LENGTH]);
