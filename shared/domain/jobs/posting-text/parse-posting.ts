import type { Workplace } from '../job';
import type { Pay } from '../pay';
import { isTitleLike, readLabelledLine, type PostingField } from './labels';
import { cleanValue, readLocationLine, readWorkplace, splitLocation } from './line-shapes';
import { readPay } from './pay-text';

/** How sure a guess is: high = the text labelled it; medium = a telling shape; low = a hunch to confirm. */
export type Confidence = 'high' | 'medium' | 'low';

/** One guessed value and the line (0-based) it came from, so the UI can show where. */
export interface Guess<T> {
  value: T;
  confidence: Confidence;
  line: number;
}

/** What a pasted posting seems to say; a field is absent when the text does not make it clear. */
export interface PostingGuess {
  title?: Guess<string>;
  employer?: Guess<string>;
  location?: Guess<string>;
  pay?: Guess<Pay>;
  workplace?: Guess<Workplace>;
}

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };
// Amounts on these lines are perks, not pay.
const NOT_PAY = /bonus|bono|401|sign[- ]?on|referral|reembolso|reimburse|tuition|discount|descuento/i;
const ABOUT = /^(?:about|acerca de|sobre)\s+(.{2,80})$/i;
const ABOUT_NOT_EMPLOYER = /^(?:the|us|this|you|our|el|la|los|las|nosotros|este|esta|nuestra?)\b/i;
// Job boards' header block (title, employer, place, pay) sits in the first lines.
const HEADER_LINES = 15;
// Enough for any posting with its page clutter; each line is also read only to 1,000 characters.
const MAX_TEXT = 1_000_000;

/**
 * Pulls the title, employer, location, workplace and pay out of a posting's pasted text
 * where the text makes them clear. Each guess carries a confidence; the UI asks the user to confirm.
 */
export function parsePostingText(text: string): PostingGuess {
  const lines = text.slice(0, MAX_TEXT).split(/\r\n|\r|\n/).slice(0, 400);
  const guess: PostingGuess = {};
  const offer = <K extends PostingField>(field: K, value: NonNullable<PostingGuess[K]>['value'], confidence: Confidence, line: number) => {
    const current = guess[field];
    if (!current || RANK[current.confidence] < RANK[confidence]) (guess[field] as Guess<unknown>) = { value, confidence, line };
  };

  lines.forEach((line, i) => {
    const labelled = readLabelledLine(line);
    if (!labelled) return;
    const { field, value } = labelled;
    if (field === 'pay') {
      // The whole line: the label may carry the period ("時給", "Hourly rate").
      const reading = readPay(line, true);
      if (reading) offer('pay', reading.pay, reading.hasPeriod ? 'high' : 'medium', i);
    } else if (field === 'workplace') {
      const workplace = readWorkplace(value);
      if (workplace) offer('workplace', workplace, 'high', i);
    } else if (field === 'location') {
      const split = splitLocation(value);
      if (split.location) offer('location', split.location, 'high', i);
      if (split.workplace) offer('workplace', split.workplace, 'medium', i);
    } else {
      const clean = cleanValue(value);
      if (clean) offer(field, clean, 'high', i);
    }
  });

  const filled = lines.map((line, i) => ({ line: line.trim(), i })).filter((l) => l.line !== '');
  const header = filled.slice(0, HEADER_LINES);
  guessHeader(header, offer);
  for (const { line, i } of header) {
    if (readLabelledLine(line)) continue;
    const place = readLocationLine(line);
    if (place) offer('location', place, 'medium', i);
    const workplace = line.length <= 60 ? readWorkplace(line) : null;
    if (workplace) offer('workplace', workplace, 'medium', i);
  }
  for (const { line, i } of filled.slice(0, 80)) {
    const about = ABOUT.exec(line);
    const name = about && !ABOUT_NOT_EMPLOYER.test(about[1]) ? cleanValue(about[1].replace(/[:.]$/, '')) : null;
    if (name) offer('employer', name, 'medium', i);
    if (guess.pay || NOT_PAY.test(line) || readLabelledLine(line)) continue;
    const reading = readPay(line);
    if (reading) offer('pay', reading.pay, reading.hasPeriod ? 'medium' : 'low', i);
  }
  return guess;
}

type Offer = <K extends PostingField>(field: K, value: NonNullable<PostingGuess[K]>['value'], confidence: Confidence, line: number) => void;

// The first line as a title only when it reads like one; "X at Y" also names the employer,
// and a short plain second line under a title is usually the employer (Indeed, LinkedIn).
function guessHeader(header: { line: string; i: number }[], offer: Offer): void {
  const [first, second] = header;
  if (!first || !isPlainLine(first.line) || !isTitleLike(first.line)) return;
  const at = /^(.{2,80}?)\s+(?:at|@)\s+(\S.{1,60})$/.exec(first.line);
  const title = cleanValue(at ? at[1] : first.line, true);
  if (title) offer('title', title, 'low', first.i);
  const employer = at ? cleanValue(at[2]) : null;
  if (employer) offer('employer', employer, 'low', first.i);
  if (!at && second && isPlainLine(second.line) && second.line.length <= 60 && !/\d{3,}/.test(second.line)) {
    const name = cleanValue(second.line, true);
    if (name && !/[.!?]$/.test(name)) offer('employer', name, 'low', second.i);
  }
}

// Not a label, a place, a workplace word or an amount: something only a title or a name could be.
function isPlainLine(line: string): boolean {
  return !readLabelledLine(line) && !readLocationLine(line) && !readPay(line) && !(line.length <= 30 && readWorkplace(line));
}
