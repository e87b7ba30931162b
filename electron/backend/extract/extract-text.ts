import { extractDocx } from './docx';
import { extractPdf } from './pdf';
import { extractPlainText } from './plain-text';
import { extractRtf } from './rtf';
import { DEFAULT_MAX_TEXT_CHARS, REASONS, failed, type Extracted } from './types';

type Reader = (filePath: string, maxChars: number) => Promise<Extracted>;

// A Map, not an object: a type like "constructor" must not find Object's own properties.
const READERS = new Map<string, Reader>(Object.entries({
  'application/pdf': extractPdf,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': extractDocx,
  'text/plain': extractPlainText,
  'text/markdown': extractPlainText,
  'text/x-markdown': extractPlainText,
  'application/rtf': extractRtf,
  'text/rtf': extractRtf,
}));

/** Whether extractText can read files of this MIME type. */
export function canExtract(mimeType: string): boolean {
  return READERS.has(baseType(mimeType));
}

// "text/plain; charset=utf-8" and "Text/Plain" are both text/plain; the bytes, not the
// label, decide the encoding.
const baseType = (mimeType: string) => mimeType.split(';')[0].trim().toLowerCase();

/** Reads one file by its type, with technical detail for the log; never throws. */
export async function extractTextDetailed(filePath: string, mimeType: string, maxChars = DEFAULT_MAX_TEXT_CHARS): Promise<Extracted> {
  const reader = READERS.get(baseType(mimeType));
  if (!reader) return { result: { status: 'unsupported', text: '' } };
  try {
    return await reader(filePath, maxChars);
  } catch (err) {
    // Each reader maps the failures it knows; anything else is still a plain "failed".
    return failed(REASONS.unreadable, err);
  }
}
