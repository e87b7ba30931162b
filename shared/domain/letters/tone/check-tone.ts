// The tone check: a pure, fast pass over the letter's text (it runs on every keystroke)
// that flags what people regret sending. Each flag has a one-line reason and a suggestion.
import { letterText } from '../letter-text';
import type { ToneRule } from '../text-types';
import { fillText } from '../template-fill';
import type { LetterLanguage, ToneFlag } from '../types';
import { ANY_APOLOGY, COUNTED_WORD, KNOWN_CAPITALS, PHRASE_RULES, REPEATED_MARKS, STRONG_APOLOGY, WORD } from './tone-patterns';

export interface ToneOptions {
  channel: 'email' | 'letter';
  /** The language of the reasons and suggestions (the UI language); the text may be in either. */
  language?: LetterLanguage;
}

/** Words after which most readers skim: a short email, a one-page letter. */
export const LENGTH_LIMITS = { email: 300, letter: 450 } as const;

interface Span {
  start: number;
  end: number;
  rule: ToneRule;
}

/** Flags in the text, in reading order, never overlapping. */
export function checkTone(text: string, options: ToneOptions): ToneFlag[] {
  const spans: Span[] = [];
  for (const { rule, pattern } of PHRASE_RULES) spans.push(...matches(text, pattern, rule));
  spans.push(...apologies(text), ...shouting(text));
  const kept = withoutOverlaps(spans);

  const words = letterText(options.language ?? 'en').common;
  const flags: ToneFlag[] = kept.map((span) => ({ ...span, ...words.tone[span.rule] }));
  const tooLong = lengthFlag(text, LENGTH_LIMITS[options.channel]);
  if (tooLong) {
    const reason = fillText(words.tooLongReason, { words: String(tooLong.words), limit: String(LENGTH_LIMITS[options.channel]) }) ?? words.tone['too-long'].reason;
    flags.push({ start: tooLong.start, end: text.length, rule: 'too-long', reason, suggestion: words.tone['too-long'].suggestion });
  }
  return flags;
}

function matches(text: string, pattern: RegExp, rule: ToneRule): Span[] {
  return Array.from(text.matchAll(pattern), (m) => ({ start: m.index, end: m.index + m[0].length, rule }));
}

/** Strong apologies always; plain ones once there are two or more. */
function apologies(text: string): Span[] {
  const strong = matches(text, STRONG_APOLOGY, 'apologising');
  const all = matches(text, ANY_APOLOGY, 'apologising');
  const count = all.filter((a) => !strong.some((s) => overlaps(a, s))).length + strong.length;
  return count >= 2 ? [...strong, ...all] : strong;
}

/** Repeated "!!", runs of three or more words in capitals, and single words of four or more capitals. */
function shouting(text: string): Span[] {
  const runs: Span[] = [];
  const words: Span[] = [];
  let run: Span[] = [];
  const endRun = () => {
    if (run.length >= 3) runs.push({ start: run[0].start, end: run[run.length - 1].end, rule: 'shouting' });
    run = [];
  };
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const span: Span = { start: m.index, end: m.index + word.length, rule: 'shouting' };
    const capitals = word === word.toUpperCase() && word !== word.toLowerCase();
    // A run is broken by a word in lower case or by anything but spaces (a comma in a list of abbreviations).
    const joined = run.length > 0 && /^[ \t]+$/.test(text.slice(run[run.length - 1].end, span.start));
    if (!capitals || !joined) endRun();
    if (!capitals) continue;
    run.push(span);
    if (isShoutedWord(word)) words.push(span);
  }
  endRun();
  // Runs first, so a shouted sentence shows as one flag rather than word by word.
  return [...matches(text, REPEATED_MARKS, 'shouting'), ...runs, ...words];
}

function isShoutedWord(word: string): boolean {
  const letters = word.replace(/['’]/g, '');
  if (Array.from(letters).length < 4 || KNOWN_CAPITALS.has(letters)) return false;
  // No vowel: an abbreviation (HTML, CSS). Roman numerals: a list or a title (VIII).
  if (!/[AEIOUYÁÉÍÓÚÜ]/u.test(letters)) return false;
  return !/^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(letters);
}

function lengthFlag(text: string, limit: number): { start: number; words: number } | null {
  let count = 0;
  let start = -1;
  for (const m of text.matchAll(COUNTED_WORD)) {
    count++;
    if (count === limit + 1) start = m.index;
  }
  return start >= 0 ? { start, words: count } : null;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Sorted by position; where spans overlap the one found first (higher priority) wins. */
function withoutOverlaps(spans: Span[]): Span[] {
  const kept: Span[] = [];
  for (const span of spans) if (!kept.some((k) => overlaps(k, span))) kept.push(span);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
