import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { normalizeText } from './normalize';
import { REASONS, failed, fileErrorReason, type Extracted } from './types';

// mammoth's HTML rather than extractRawText: the raw text leaves out footnotes, endnotes
// and comments, and a recruiter's comment or a footnote is worth finding by search.
const OPTIONS = {
  styleMap: ['comment-reference => sup'],
  ignoreEmptyParagraphs: true,
  // A document must not make us read other files (linked pictures) on its behalf.
  externalFileAccess: false,
  // Never read or base64-encode pictures: they are not text and can be large.
  convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
};

/** Reads the text of a Word (.docx) document, including footnotes, endnotes and comments. */
export async function extractDocx(filePath: string, maxChars: number): Promise<Extracted> {
  let buffer: Buffer;
  try {
    buffer = await readFile(filePath);
  } catch (err) {
    return failed(fileErrorReason(err) ?? REASONS.unreadable, err);
  }
  try {
    const { value } = await mammoth.convertToHtml({ buffer }, OPTIONS);
    // A valid but blank document is still 'has-text', with no text: nothing is wrong with it.
    return { result: { status: 'has-text', text: normalizeText(htmlToText(value), maxChars) } };
  } catch (err) {
    return failed(REASONS.docxDamaged, err);
  }
}

/** Plain text from mammoth's HTML: blocks become lines, note and comment markers go. */
export function htmlToText(html: string): string {
  return (
    html
      // "[1]" reference marks, "↑" back-links and "Comment [AB1]" labels are not the author's words.
      .replace(/<sup><a href="#(?:footnote|endnote|comment)-[^"]*"[^>]*>[^<]*<\/a><\/sup>/g, '')
      .replace(/<a href="#(?:footnote|endnote|comment)-ref-[^"]*">[^<]*<\/a>/g, '')
      .replace(/<dt[^>]*>[^<]*<\/dt>/g, '')
      // A table row reads as one line, its cells apart.
      .replace(/<\/p>(?=<\/td>)/g, '')
      .replace(/<\/td>/g, '\t')
      .replace(/<\/(?:p|li|h[1-6]|tr|dd)>|<br \/>/g, '\n')
      .replace(/<[^>]*>/g, '')
      // mammoth escapes exactly these four; &amp; last so "&amp;lt;" stays "&lt;".
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
  );
}
