import type { DocumentKind } from '../../../shared/contract/documents';
import { splitExtension } from './safe-name';

/** The library's sub-folder for each kind of document. */
export const KIND_FOLDERS: Record<DocumentKind, string> = {
  resume: 'Resumes',
  'cover-letter': 'Cover letters',
  other: 'Documents',
};

// Matching runs on lower-case text without accents ("Résumé", "CURRÍCULUM" → "resume",
// "curriculum"), with separators in names as spaces. A word must not touch other letters, so
// "presumed", "resumen" (Spanish for summary) and "CVS" do not count; digits may touch
// ("CV2024").
const word = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'u');

const COVER_LETTER_WORDS = 'cover[ -]?letters?|carta de (?:presentacion|motivacion)';
const RESUME_WORDS = 'resumes?|cv|curriculum(?: vitae)?|hoja de vida';
const COVER_LETTER_IN_NAME = word(COVER_LETTER_WORDS);
const RESUME_IN_NAME = word(RESUME_WORDS);

// In text these words are everywhere: letters mention "my resume", job ads ask for "your CV
// and cover letter", and "resume" is also a verb. So text counts them only as a title on a
// line of its own ("RESUME", "Curriculum Vitae", "Cover letter:").
const titleLine = (alternatives: string) => new RegExp(`^[ \\t]*(?:${alternatives})[ \\t]*:?[ \\t]*$`, 'mu');
const COVER_LETTER_TITLE = titleLine(COVER_LETTER_WORDS);
const RESUME_TITLE = titleLine(RESUME_WORDS);

// A letter opens with a salutation and closes with a sign-off; resumes have neither.
const LETTER_LINE = new RegExp(
  '^[ \\t]*(?:(?:dear|to whom it may concern|estimad[oa]s?|apreciad[oa]s?|a quien corresponda)(?!\\p{L})' +
    '|(?:sincerely|yours (?:sincerely|faithfully|truly)|kind regards|best regards|atentamente|cordialmente)[ \\t]*,?[ \\t]*$)',
  'mu',
);

// Resumes that never say "resume" still have its section headings on lines of their own.
const RESUME_HEADING = new RegExp(
  '^[ \\t]*(work experience|professional experience|experience|employment history|work history|education|skills|' +
    'certifications|references|objective|summary|professional summary|experiencia(?: laboral| profesional)?|' +
    'educacion|formacion(?: academica)?|habilidades|competencias|idiomas|referencias)[ \\t]*:?[ \\t]*$',
  'gmu',
);
const MIN_RESUME_HEADINGS = 3;
const TEXT_SAMPLE_CHARS = 2000;

/** Suggests a kind from the file name and, optionally, the start of its text. */
export function suggestKind(fileName: string, textSample?: string): DocumentKind {
  // Split "JohnDoeCoverLetter" and "MyCVResume" into words before lower-casing loses the case.
  const words = baseName(fileName).replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2');
  const name = plain(words).replace(/[_.-]+/gu, ' ');
  // A name that mentions both ("Resume and cover letter") is most likely the letter.
  if (COVER_LETTER_IN_NAME.test(name)) return 'cover-letter';
  if (RESUME_IN_NAME.test(name)) return 'resume';

  if (!textSample) return 'other';
  const text = plain(textSample.slice(0, TEXT_SAMPLE_CHARS)).replace(/\r\n?/gu, '\n');
  // Letters mention the resume they come with, so letter cues are checked first.
  if (COVER_LETTER_TITLE.test(text) || LETTER_LINE.test(text)) return 'cover-letter';
  if (RESUME_TITLE.test(text)) return 'resume';
  const headings = new Set(Array.from(text.matchAll(RESUME_HEADING), (m) => m[1]));
  return headings.size >= MIN_RESUME_HEADINGS ? 'resume' : 'other';
}

/** A title from a file name: "John_Doe-Resume_2024.pdf" → "John Doe Resume 2024". */
export function titleFromFileName(fileName: string): string {
  const name = baseName(fileName).normalize('NFC').trim();
  const [base, ext] = splitExtension(name);
  // ".0" in "Resume v2.0" is part of the title, not an extension.
  let title = /^\.[\p{L}\p{N}_+~-]{1,15}$/u.test(ext) && /\p{L}/u.test(ext) ? base : name;
  // In a name without spaces, '_' and '-' are the word separators; once a name has spaces
  // its dashes are real ("Jean-Luc Picard", "CV – final") and only '_' is a separator.
  title = /\s/u.test(title) ? title.replace(/_+/gu, ' ') : title.replace(/[_-]+/gu, ' ');
  title = title.replace(/\s+/gu, ' ').trim();
  // The index allows 300 characters; cut between code points, not inside a surrogate pair.
  return Array.from(title).slice(0, 300).join('').trim() || 'Untitled';
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/u).pop() ?? fileName;
}

function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
