import { checkTone } from '../../../../../shared/domain/letters';
import type { LetterBody, LetterLanguage, LetterTypeDef, ToneFlag } from '../../../../../shared/domain/letters/types';

/** A part of the letter a flag can point into: its data-part name in the editor. */
export type PartName = 'subject' | 'salutation' | 'closing' | 'signature' | `paragraph-${number}`;

/** A tone flag placed in the part of the letter it is about, with the words around it for the list. */
export interface PlacedFlag extends ToneFlag {
  /** null for a flag about the whole letter (its length). */
  part: PartName | null;
  /** The span within the part's own text. */
  partStart: number;
  partEnd: number;
  before: string;
  match: string;
  after: string;
}

const GAP = '\n\n';
const CONTEXT = 40;

function partsOf(body: LetterBody): [PartName, string][] {
  return [
    ['subject', body.subject],
    ['salutation', body.salutation],
    ...body.paragraphs.map((text, i): [PartName, string] => [`paragraph-${i}`, text]),
    ['closing', body.closing],
    ['signature', body.signature],
  ];
}

/** Up to CONTEXT characters on each side; a word cut by the limit is left out and "…" marks the cut. */
function around(text: string, start: number, end: number): Pick<PlacedFlag, 'before' | 'match' | 'after'> {
  const from = Math.max(0, start - CONTEXT);
  let before = text.slice(from, start);
  if (from > 0) {
    if (!/\s/.test(text[from - 1])) before = before.replace(/^\S*/, '');
    before = `…${before.trimStart()}`;
  }
  const to = Math.min(text.length, end + CONTEXT);
  let after = text.slice(end, to);
  if (to < text.length) {
    if (!/\s/.test(text[to])) after = after.replace(/\S*$/, '');
    after = `${after.trimEnd()}…`;
  }
  return { before, match: text.slice(start, end), after };
}

/**
 * Runs the tone check once over the whole letter (so its length counts as one text) and
 * places each flag in the subject, greeting, paragraph, closing or signature it falls in.
 */
export function placedToneFlags(body: LetterBody, channel: LetterTypeDef['channel'], adviceLanguage: LetterLanguage): PlacedFlag[] {
  const parts = partsOf(body);
  const offsets: number[] = [];
  let at = 0;
  for (const [, text] of parts) {
    offsets.push(at);
    at += text.length + GAP.length;
  }
  const whole = parts.map(([, text]) => text).join(GAP);
  return checkTone(whole, { channel, language: adviceLanguage }).map((flag) => {
    const index = offsets.findLastIndex((offset) => offset <= flag.start);
    const [name, text] = parts[index];
    const partStart = flag.start - offsets[index];
    const partEnd = Math.min(flag.end - offsets[index], text.length);
    if (flag.rule === 'too-long' || flag.end - offsets[index] > text.length) {
      return { ...flag, part: null, partStart: 0, partEnd: 0, before: '', match: '', after: '' };
    }
    return { ...flag, part: name, partStart, partEnd, ...around(text, partStart, partEnd) };
  });
}
