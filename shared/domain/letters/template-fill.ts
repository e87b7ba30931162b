// Fills the text tables' templates: placeholders from values, alternatives best first,
// sentences and paragraphs left out when what they talk about is missing. A letter never
// shows "{employer}", "undefined" or a doubled space.
import type { Condition, ParagraphTemplate, Sentence } from './text-types';

/** Placeholder values by name; an empty string counts as missing. */
export type Vars = Readonly<Record<string, string | undefined>>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;
const ENDS_A_SENTENCE = /[.!?…。！？]$/u;

/** The text with every placeholder filled, or null when any of them has no value. */
export function fillText(template: string, vars: Vars): string | null {
  let out = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const value = vars[match[1]];
    if (!value) return null;
    out += template.slice(last, match.index) + value;
    last = match.index + match[0].length;
    // "…the new warehouse." followed by the template's own "." would end in "..".
    if (ENDS_A_SENTENCE.test(value) && template[last] === '.') last++;
  }
  return tidy(out + template.slice(last));
}

/** The first alternative whose placeholders all have values, or null. */
export function fillFirst(alternatives: string | readonly string[], vars: Vars): string | null {
  for (const alternative of typeof alternatives === 'string' ? [alternatives] : alternatives) {
    const filled = fillText(alternative, vars);
    if (filled) return filled;
  }
  return null;
}

/** True when the condition's field has a value (or, with `is`, that choice). */
export function holds(condition: Condition, values: Vars): boolean {
  const value = values[condition.field]?.trim() ?? '';
  return condition.is === undefined ? value !== '' : value === condition.is;
}

function fillSentence(sentence: Sentence, vars: Vars, values: Vars): string | null {
  if (typeof sentence === 'string' || Array.isArray(sentence)) return fillFirst(sentence as string | readonly string[], vars);
  const conditional = sentence as Exclude<Sentence, string | readonly string[]>;
  return holds(conditional.if, values) ? fillFirst(conditional.text, vars) : null;
}

/**
 * Renders paragraph templates: `vars` fill placeholders (dates already formatted), `values`
 * decide conditions (raw choice ids). A filled value with blank lines becomes several paragraphs.
 */
export function fillParagraphs(paragraphs: readonly ParagraphTemplate[], vars: Vars, values: Vars = vars): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const conditional = !Array.isArray(paragraph) ? (paragraph as Exclude<ParagraphTemplate, readonly Sentence[]>) : null;
    if (conditional && !holds(conditional.if, values)) continue;
    const sentences = conditional ? conditional.sentences : (paragraph as readonly Sentence[]);
    const filled = sentences.map((s) => fillSentence(s, vars, values)).filter((s): s is string => !!s);
    if (filled.length === 0) continue;
    // After a sentence that ends in a list (a multi-line value) the next one starts a new line.
    const joined = filled.reduce((text, sentence) => `${text}${text.includes('\n') ? '\n' : ' '}${sentence}`);
    for (const part of joined.split(/\n[ \t]*\n/)) {
      const text = tidy(part);
      if (text) out.push(text);
    }
  }
  return out;
}

/** Single spaces, no spaces at line ends, no blank lines at either end. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
