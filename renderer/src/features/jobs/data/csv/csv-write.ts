import Papa from 'papaparse';
import { FORMULA_CELL } from './csv-text';

/** A cell: text (neutralised if it could run as a formula), a number (written as is), or empty. */
export type CsvCell = string | number | null;

/** Excel keeps at most this many characters in a cell and cuts the rest when it opens a file. */
export const EXCEL_CELL_LIMIT = 32_767;

/** Options for toCsv. */
export interface CsvWriteOptions {
  /** ',' (default) for US and UK spreadsheets; ';' where Excel uses a decimal comma. */
  delimiter?: ',' | ';' | '\t';
}

/** A CSV file's text and what a spreadsheet might do to it. */
export interface CsvOutput {
  /** Starts with a BOM, rows end in CRLF: Excel and LibreOffice then read UTF-8 without asking. */
  text: string;
  /** Cells longer than Excel can hold; LibreOffice and our own import keep them whole. */
  longCells: number;
}

/**
 * Writes rows as CSV for Excel and LibreOffice: UTF-8 with a BOM, CRLF line ends, quotes only
 * where needed (delimiter, quote, line break, leading or trailing space), and every text cell
 * that starts with = + - @ tab or CR prefixed with ' so it cannot run as a formula. Numbers
 * are passed as numbers and so are never prefixed: a pay of -5 stays a number (our pay is
 * never negative anyway), while the text "-5" is neutralised like any other text.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvWriteOptions = {}): CsvOutput {
  let longCells = 0;
  for (const row of rows) for (const cell of row) if (typeof cell === 'string' && cell.length > EXCEL_CELL_LIMIT) longCells++;
  // papaparse's own pattern (/^[=+\-@\t\r].*$/) misses a formula followed by a line break,
  // because "." stops at the break; ours only looks at the start.
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((row) => [...row]) },
    { delimiter: options.delimiter ?? ',', newline: '\r\n', escapeFormulae: FORMULA_CELL, quotes: false },
  );
  return { text: `\uFEFF${body}\r\n`, longCells };
}
