// Turning the bytes of a .ics file into text. RFC 5545 says UTF-8, but real files arrive
// with a byte-order mark (Outlook), as UTF-16 (older Outlook "Save as"), or in Windows-1252
// (hand-edited in Notepad); each of those must import with its accents intact.
import { decodeWindows1252 } from '../../text/windows-1252';

/**
 * The largest file we read: 10 MB. A Google Calendar export of 10,000 events is about
 * 4 MB, so this leaves room for years of history with long descriptions, while a 20 MB
 * file (40,000+ events, or one stuffed with attachments) is refused up front instead of
 * holding the whole parse — text, ical.js tree and records, ~15× the file — in the page's memory.
 */
export const ICS_MAX_BYTES = 10 * 1024 * 1024;

export type IcsEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The text of a .ics file and the encoding it was read as. */
export interface DecodedIcs {
  text: string;
  encoding: IcsEncoding;
}

/** Thrown for a file too large to import; `message` is what the user reads. */
export class IcsTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(
      `This calendar file is ${formatMegabytes(bytes)}; files up to ${formatMegabytes(ICS_MAX_BYTES)} can be imported. ` +
        'Export a shorter date range from your calendar program and import that.',
    );
    this.name = 'IcsTooLargeError';
  }
}

/** "12.4 MB", for messages. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** Decodes a file's bytes: a BOM decides; otherwise strict UTF-8, and Windows-1252 when the bytes are not UTF-8. */
export function decodeIcsBytes(bytes: Uint8Array): DecodedIcs {
  if (bytes.length > ICS_MAX_BYTES) throw new IcsTooLargeError(bytes.length);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)) ?? decodeWindows1252(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const text = utf8(bytes);
  return text !== null ? { text, encoding: 'utf-8' } : { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
