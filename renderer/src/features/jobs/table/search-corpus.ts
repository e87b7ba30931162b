import type { JobRow } from '../../../db/rows';

// Typing in the table's search box tests every job against the typed words. An includes()
// per job reads 10,000 objects spread over the heap with every key (a few milliseconds of a
// 16 ms frame); the same texts end to end in one string are searched by indexOf at memory
// speed, jumping from one match to the next. The corpus is built when the jobs, their order
// or the other filters change, not per key.

/** Between two jobs' texts. Folded search text and typed words never hold it (see findWords). */
const SEPARATOR = '\u0000';

/** Below this share of all jobs, testing the remaining candidates one by one beats a sweep. */
const SWEEP_SHARE = 1 / 8;

/** The search texts of `rows`, in order, end to end. */
export interface SearchCorpus {
  rows: readonly JobRow[];
  texts: readonly string[];
  text: string;
  /** Where each job's text starts in `text`; one more entry holds the end. */
  starts: Uint32Array;
}

export function buildCorpus(rows: readonly JobRow[]): SearchCorpus {
  const texts = new Array<string>(rows.length);
  const starts = new Uint32Array(rows.length + 1);
  let at = 0;
  for (let i = 0; i < rows.length; i++) {
    const text = rows[i].searchText;
    texts[i] = text;
    starts[i] = at;
    at += text.length + SEPARATOR.length;
  }
  starts[rows.length] = at;
  return { rows, texts, text: texts.join(SEPARATOR), starts };
}

const holdsAll = (text: string, words: readonly string[], skip: number) => {
  for (let w = 0; w < words.length; w++) if (w !== skip && !text.includes(words[w])) return false;
  return true;
};

/**
 * The indexes (ascending) of the jobs whose text holds every one of `words`, among
 * `candidates` (ascending indexes) or among all jobs when null.
 */
export function findWords(corpus: SearchCorpus, words: readonly string[], candidates: readonly number[] | null): number[] {
  const { texts, text, starts } = corpus;
  const found: number[] = [];
  if (words.length === 0) return candidates ? [...candidates] : texts.map((_, i) => i);
  const few = candidates !== null && candidates.length < texts.length * SWEEP_SHARE;
  if (few || words.some((word) => word.includes(SEPARATOR))) {
    const list = candidates ?? texts.map((_, i) => i);
    for (const i of list) if (holdsAll(texts[i], words, -1)) found.push(i);
    return found;
  }
  // Sweep for the longest word (the fewest matches), then test the others in each job it is in.
  let longest = 0;
  for (let w = 1; w < words.length; w++) if (words[w].length > words[longest].length) longest = w;
  const word = words[longest];
  let job = 0;
  let next = 0; // the next candidate, when narrowing
  let at = text.indexOf(word);
  while (at !== -1) {
    while (starts[job + 1] <= at) job++;
    if (candidates) {
      while (next < candidates.length && candidates[next] < job) next++;
      if (next === candidates.length) break;
      if (candidates[next] !== job) {
        job = candidates[next]; // skip to the next candidate's text
        at = text.indexOf(word, starts[job]);
        continue;
      }
    }
    if (holdsAll(texts[job], words, longest)) found.push(job);
    if (++job === texts.length) break; // one match per job is enough: on to the next one's text
    at = text.indexOf(word, starts[job]);
  }
  return found;
}

/**
 * True when every job matching `next` also matched `previous`: each earlier word is inside
 * one of the new words ("war" → "ware", "acme" → "acme seattle").
 */
export function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((old) => next.some((word) => word.includes(old)));
}

/**
 * The jobs of a corpus holding every word. It remembers its last answer: typing one more
 * letter only narrows it, so each key tests fewer jobs than the one before.
 */
export function createWordMatcher(): (corpus: SearchCorpus, words: readonly string[]) => readonly JobRow[] {
  let last: { corpus: SearchCorpus; words: readonly string[]; found: number[] } | null = null;
  return (corpus, words) => {
    if (words.length === 0) {
      last = null;
      return corpus.rows;
    }
    const candidates = last && last.corpus === corpus && narrows(last.words, words) ? last.found : null;
    const found = findWords(corpus, words, candidates);
    last = { corpus, words, found };
    return found.length === corpus.rows.length ? corpus.rows : found.map((i) => corpus.rows[i]);
  };
}
