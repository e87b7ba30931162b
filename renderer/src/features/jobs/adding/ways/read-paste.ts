import { parsePostingText, type PostingGuess } from '../../../../../../shared/domain/jobs';
import { amountText, type Draft, type DraftField } from '../form/draft';
import { useAddJob, type FilledBy } from '../form/store';

/**
 * Reads a pasted posting with the domain's parser and fills the form: each guessed field
 * carries its confidence (the form marks it "Check this"), and the whole text becomes the description.
 */
export function readPastedText(text: string): PostingGuess {
  const guess = parsePostingText(text);
  const values: Partial<Draft> = { description: text };
  const marks: Partial<Record<DraftField, FilledBy>> = { description: 'text' };
  for (const field of ['title', 'employer', 'location'] as const) {
    const found = guess[field];
    if (found) {
      values[field] = found.value;
      marks[field] = found.confidence;
    }
  }
  if (guess.workplace) {
    values.workplace = guess.workplace.value;
    marks.workplace = guess.workplace.confidence;
  }
  if (guess.pay) {
    const { min, max, period, currency } = guess.pay.value;
    Object.assign(values, { payMin: amountText(min), payMax: amountText(max), payPeriod: period ?? '', currency });
    for (const field of ['payMin', 'payMax', 'payPeriod', 'currency'] as const) marks[field] = guess.pay.confidence;
  }
  useAddJob.getState().fill(values, marks);
  useAddJob.getState().set({ found: guess });
  return guess;
}
