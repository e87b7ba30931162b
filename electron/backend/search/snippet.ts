// The passage shown under a search hit, with the matched words marked. Offsets point into the
// original text (see locate.ts), so accents and case are kept in what the user sees while
// "resume" still marks "Résumé".
import { findMatches, type Match } from './locate';

/** A passage and the [start, end) offsets of the matched words in it. */
export interface Snippet {
  snippet: string;
  highlights: Array<[number, number]>;
}

/** Aim for this many characters; cutting at word boundaries may take up to BOUNDARY_SLACK off each end. */
const WINDOW = 190;
const BOUNDARY_SLACK = 15;
const ELLIPSIS = '…';
const SPACE = /\s/;
const MARK = /\p{M}/u;

/** The run of matches, fitting in one window, that covers the most different terms (earliest wins ties). */
function bestCluster(matches: Match[]): [number, number] {
  const counts = new Map<string, number>();
  let best: [number, number] = [0, 0];
  let bestDistinct = 0;
  let left = 0;
  for (let right = 0; right < matches.length; right++) {
    counts.set(matches[right].term, (counts.get(matches[right].term) ?? 0) + 1);
    while (matches[right].end - matches[left].start > WINDOW * 0.8 && left < right) {
      const n = counts.get(matches[left].term)! - 1;
      if (n === 0) counts.delete(matches[left].term);
      else counts.set(matches[left].term, n);
      left++;
    }
    if (counts.size > bestDistinct) {
      bestDistinct = counts.size;
      best = [left, right];
    }
  }
  return best;
}

/** Moves a cut off the middle of a surrogate pair, so the snippet never holds half a character. */
const onCharBoundary = (s: string, i: number): number => {
  const code = s.charCodeAt(i);
  return i > 0 && i < s.length && code >= 0xdc00 && code <= 0xdfff ? i - 1 : i;
};

/** Cuts [start, end) out of source at word boundaries where there are any, adding '…' where text was left out. */
function cut(source: string, start: number, end: number, keepFrom: number, keepTo: number, matches: Match[]): Snippet {
  if (start > 0 && !SPACE.test(source[start - 1])) {
    for (let i = start; i < Math.min(start + BOUNDARY_SLACK, keepFrom); i++) {
      if (SPACE.test(source[i])) {
        start = i + 1;
        break;
      }
    }
  }
  if (end < source.length && !SPACE.test(source[end])) {
    for (let i = end - 1; i > Math.max(end - BOUNDARY_SLACK, keepTo); i--) {
      if (SPACE.test(source[i])) {
        end = i;
        break;
      }
    }
  }
  start = onCharBoundary(source, start);
  end = onCharBoundary(source, end);
  // A hard cut (no space nearby: CJK, one huge word) must not start on a dangling accent.
  while (start < end && (SPACE.test(source[start]) || (start > 0 && MARK.test(source[start])))) start++;
  while (end > start && SPACE.test(source[end - 1])) end--;
  const lead = start > 0 ? ELLIPSIS : '';
  const tail = end < source.length ? ELLIPSIS : '';
  const highlights: Array<[number, number]> = [];
  for (const m of matches) {
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, end);
    if (s >= e) continue;
    const at: [number, number] = [s - start + lead.length, e - start + lead.length];
    const prev = highlights[highlights.length - 1];
    // CJK bigrams overlap ("李小" + "小龙"): one mark over the whole run reads better.
    if (prev && at[0] <= prev[1]) prev[1] = Math.max(prev[1], at[1]);
    else highlights.push(at);
  }
  return { snippet: lead + source.slice(start, end) + tail, highlights };
}

/** The opening of a text, for hits without a visible match and for plain listings. */
export function leadSnippet(source: string): Snippet {
  return cut(source, 0, Math.min(source.length, WINDOW), 0, 0, []);
}

/** A passage of `source` around its best cluster of matches, or null when no term occurs in it. */
export function matchSnippet(source: string, terms: readonly string[]): Snippet | null {
  if (source.length === 0 || terms.length === 0) return null;
  const matches = findMatches(source, terms);
  if (matches.length === 0) return null;
  const [first, last] = bestCluster(matches);
  const from = matches[first].start;
  const to = Math.max(matches[last].end, from);
  // About a third of the spare room goes before the match, the rest after it.
  const spare = Math.max(0, WINDOW - (to - from));
  let start = Math.max(0, from - Math.floor(spare / 3));
  const end = Math.min(source.length, start + WINDOW);
  if (end === source.length) start = Math.max(0, end - WINDOW);
  return cut(source, start, end, from, Math.min(matches[first].end, end), matches);
}
