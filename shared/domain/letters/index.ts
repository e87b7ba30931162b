// The letter composer's pure logic: letter types as data, text tables, merge and render,
// the tone check, mailto links and file names. Used by the renderer and the backend alike.
export * from './types';
export * from './text-types';
export { LETTER_TYPES, letterType, isLetterTypeId } from './letter-types';
export { letterText } from './letter-text';
export { formatLetterDate, localDayOf } from './letter-dates';
export { initialValues, missingRequired, mergeValue, type LetterValues } from './merge';
export { renderLetter, signatureFor } from './render';
export { secondNote, phoneScript } from './second-note';
export { interviewUrgency, type InterviewUrgency, type UrgencyKind } from './urgency';
export { checkTone, LENGTH_LIMITS, type ToneOptions } from './tone/check-tone';
export { buildMailto, MAILTO_MAX_LENGTH, type MailtoInput, type MailtoResult } from './mailto';
export { letterFileName } from './file-name';
export { toLetterDocument, letterPlainText } from './letter-document';
