import Papa from 'papaparse';
import { stripBom } from './csv-text';
import { csvProblem, type RowProblem } from './row-problem';

/** A parsed file: the header row, the data rows (as text), and the delimiter found. */
export interface ParsedCsv {
  headers: string[];
  /** Every row after the header, blank ones included, so rows[i] is spreadsheet row headerRow + 1 + i. */
  rows: string[][];
  /** The spreadsheet row number (1-based) of the header: 1 unless the file starts with blank lines. */
  headerRow: number;
  delimiter: string;
  /** What papaparse found wrong (an unclosed quote ...), by spreadsheet row. */
  problems: { row: number; problem: RowProblem }[];
}

/** Options for parseCsv: progress in characters read, cancelling, and the chunk size. */
export interface ParseCsvOptions {
  onProgress?: (charactersRead: number, total: number) => void;
  signal?: AbortSignal;
  /** Characters parsed between yields to the UI; ~128 K keeps each block near one frame. */
  chunkSize?: number;
}

// Excel writes ';' where the decimal mark is a comma (Spain, much of Latin America), Google
// Sheets and "Unicode text" write tabs; anything else is a comma file.
const DELIMITERS = [',', ';', '\t'];

/** The delimiter the first lines use: comma, semicolon or tab. */
export function detectDelimiter(text: string): string {
  // Whole lines only, and blank lines ignored: a cut-off or empty last row would make every
  // candidate look inconsistent and papaparse would fall back to a comma.
  const head = text.slice(0, 64 * 1024);
  const cut = head.length < text.length ? head.slice(0, Math.max(head.lastIndexOf('\n'), 0)) || head : head;
  const sample = Papa.parse<string[]>(cut, { preview: 20, delimitersToGuess: DELIMITERS, skipEmptyLines: true });
  return DELIMITERS.includes(sample.meta.delimiter) ? sample.meta.delimiter : ',';
}

/**
 * Parses CSV text with papaparse, a chunk at a time, pausing between chunks so a 50,000-row
 * file never freezes the window. Quotes, "" escapes, CRLF or LF and a BOM are all handled.
 * Blank rows are kept (so row numbers match the spreadsheet); the first non-blank row is the header.
 */
export function parseCsv(input: string, options: ParseCsvOptions = {}): Promise<ParsedCsv> {
  const text = stripBom(input);
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  const problems: ParsedCsv['problems'] = [];
  // papaparse reports problems in a string per row (results.errors), never through an error callback.
  return new Promise((resolve, reject) => {
    const abort = () => reject(new DOMException('The import was cancelled.', 'AbortError'));
    if (options.signal?.aborted) return abort();
    Papa.parse<string[]>(text, {
      delimiter,
      chunkSize: options.chunkSize ?? 128 * 1024,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        for (const error of results.errors) problems.push({ row: rows.length + (error.row ?? 0) + 1, problem: csvProblem(error.code) });
        for (const row of results.data) rows.push(row);
        options.onProgress?.(Math.min(text.length, results.meta.cursor), text.length);
        parser.pause();
        // A macrotask, not a microtask: the browser gets to paint and handle input between chunks.
        // Reject before aborting: papaparse calls complete() from abort().
        setTimeout(() => (options.signal?.aborted ? (abort(), parser.abort()) : parser.resume()), 0);
      },
      complete() {
        // A final newline leaves one empty row behind; it is not a row of the spreadsheet.
        if (rows.length && isBlank(rows[rows.length - 1])) rows.pop();
        const headerIndex = Math.max(0, rows.findIndex((row) => !isBlank(row)));
        const headers = (rows[headerIndex] ?? []).map((h) => h.trim());
        const headerRow = headerIndex + 1;
        const data = rows.slice(headerIndex + 1);
        resolve({ headers, rows: data, headerRow, delimiter, problems: problems.filter((p) => p.row > headerRow) });
      },
    });
  });
}

/** True for a row with nothing but spaces in it. */
export function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}
