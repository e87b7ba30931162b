// Finds where matched terms occur in the original text, for highlighting. Running the
// tokeniser's Unicode regex over every hit's 5 KB costs ~150 µs a document (too slow for 50
// hits a query), so instead the text is folded as a whole and searched with indexOf (~10 µs),
// keeping a sparse map from folded offsets back to the original ones.
import { fold, isCjk } from './text';

/** One occurrence: [start, end) in the original text, and the folded term it matched. */
export interface Match {
  start: number;
  end: number;
  term: string;
}

/** A text in folded form, and the points where its offsets stop lining up with the original. */
interface Folded {
  folded: string;
  /** Ascending folded offsets; from each on, the original offset is the folded one plus `shift`. */
  at: number[];
  shift: number[];
}

/** A document can mention a word thousands of times; the first ones are enough to choose a passage. */
const MAX_MATCHES_PER_TERM = 64;
// Plain code-unit classes: \P{ASCII} with the u flag is 3x slower in V8. Surrogate pairs stay
// together because both halves are non-ASCII.
const NON_ASCII = /[\u0080-\uffff]/;
const TOKEN_CHAR = /[^\p{P}\p{S}\p{Z}\p{C}]/u;
/** Per-character folds, remembered: a text repeats the same few accented letters. */
const charFolds = new Map<string, string>();

const foldChar = (c: string): string => {
  let f = charFolds.get(c);
  if (f === undefined) {
    if (charFolds.size > 20_000) charFolds.clear();
    f = fold(c);
    charFolds.set(c, f);
  }
  return f;
};

// Texts are kept in NFC, so folding character by character equals folding each word on its
// own. Where a character folds to another length ("ß" → "ss", a stray combining mark → "",
// "ﬁ" → "fi") a shift is recorded.
/** The text folded character by character, with the map back to original offsets. */
export function foldText(source: string): Folded {
  // ASCII lower-casing never changes length, so most texts need no map at all.
  if (!NON_ASCII.test(source)) return { folded: source.toLowerCase(), at: [], shift: [] };
  const parts: string[] = [];
  const at: number[] = [];
  const shift: number[] = [];
  let foldedLength = 0;
  let from = 0;
  const nonAscii = /[\u0080-\uffff]+/g;
  for (let m = nonAscii.exec(source); m; m = nonAscii.exec(source)) {
    parts.push(source.slice(from, m.index).toLowerCase());
    foldedLength += m.index - from;
    let original = m.index;
    for (const c of m[0]) {
      const f = foldChar(c);
      parts.push(f);
      foldedLength += f.length;
      original += c.length;
      if (f.length !== c.length) {
        at.push(foldedLength);
        shift.push(original - foldedLength);
      }
    }
    from = original;
  }
  parts.push(source.slice(from).toLowerCase());
  return { folded: parts.join(''), at, shift };
}

/** The original offset of a folded one: the last shift recorded at or before it applies. */
export function toOriginal({ at, shift }: Folded, offset: number): number {
  let lo = 0;
  let hi = at.length - 1;
  let s = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] <= offset) {
      s = shift[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return offset + s;
}

/** Whether a folded character would continue a non-CJK word (so a match next to it is only part of a word). */
const continuesWord = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  return TOKEN_CHAR.test(c) && !isCjk(c);
};

// Non-CJK terms must be whole words, as the tokeniser cut them; CJK bigrams match anywhere.
/** Every occurrence in `source` of a word whose folded form is in `terms`, in order. */
export function findMatches(source: string, terms: Iterable<string>): Match[] {
  const text = foldText(source);
  const { folded } = text;
  const matches: Match[] = [];
  for (const term of terms) {
    const wholeWord = !isCjk(term);
    let found = 0;
    for (let i = folded.indexOf(term); i >= 0 && found < MAX_MATCHES_PER_TERM; i = folded.indexOf(term, i + 1)) {
      const end = i + term.length;
      if (wholeWord && (continuesWord(folded[i - 1]) || continuesWord(folded[end]))) continue;
      matches.push({ start: toOriginal(text, i), end: toOriginal(text, end), term });
      found++;
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}
