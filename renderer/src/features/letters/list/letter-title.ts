import type { LetterRecord } from '../../../../../shared/domain/messages';

/** What a letter is called in lists and toasts: its subject, else its type's title. */
export function letterTitle(letter: Pick<LetterRecord, 'body'>, typeTitle: string): string {
  return letter.body?.subject.trim() || typeTitle;
}
