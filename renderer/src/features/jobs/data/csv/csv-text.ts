import { decodeWindows1252 } from '../../../../../../shared/domain/text/windows-1252';

/** The encodings a spreadsheet file arrives in. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Turns a file's bytes into text. A UTF-16 byte-order mark means Excel's "Unicode text";
 * otherwise UTF-8 if the bytes are valid UTF-8 (with or without a BOM), else Windows-1252,
 * which is what Excel's plain "CSV" saves on Western Windows. The BOM never reaches the text.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    // Not UTF-8. Browsers decode 'windows-1252' correctly, Node 20+ does not (see the decoder).
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Removes a leading byte-order mark (TextDecoder keeps it when asked to, and pasted text may carry one). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// OWASP's list: a cell starting with one of these is a formula to Excel and LibreOffice.
// Leading apostrophes are included so a cell that really starts with "'=" survives the round trip.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Makes a text cell inert for spreadsheets: a leading ' stops "=HYPERLINK(...)" from running. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes neutraliseCell: the ' before a formula character is Excel's "this is text" mark, not data. */
export function restoreCell(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** The regular expression papaparse's escapeFormulae uses for our export. */
export const FORMULA_CELL = FORMULA_START;
