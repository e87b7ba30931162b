/** How far the text of one file could be read. */
export type ExtractStatus = 'has-text' | 'no-text-layer' | 'encrypted' | 'unsupported' | 'failed';

/** The text of one file, or why there is none. */
export interface ExtractResult {
  status: ExtractStatus;
  text: string;
  /** plain words for the user when failed/encrypted/no-text-layer */
  reason?: string;
  pages?: number;
}

/** What the reader of one format returns: the result, plus technical detail for the log. */
export interface Extracted {
  result: ExtractResult;
  detail?: string;
}

/** The text of a file is capped at this many characters unless told otherwise (bounds memory). */
export const DEFAULT_MAX_TEXT_CHARS = 2_000_000;

/** The words shown to the user; kept together so they read alike. */
export const REASONS = {
  pdfNoText: "This PDF is made of pictures of pages (for example a scan), so its words can't be searched.",
  pdfEncrypted: "This PDF is protected with a password, so its text can't be read or searched.",
  pdfDamaged: "We couldn't read this PDF. It may be damaged or incomplete.",
  docxDamaged: "We couldn't read this Word document. It may be damaged.",
  rtfDamaged: "We couldn't read this RTF document. It may be damaged.",
  missing: "We couldn't find this file. It may have been moved or deleted.",
  denied: "We aren't allowed to open this file, so its text can't be read.",
  unreadable: "We couldn't read this file.",
  timeout: "Reading the text of this file took too long, so we stopped. The file is kept, but its words can't be searched.",
  crashed: "The text reader stopped unexpectedly on this file, so its words can't be searched.",
} as const;

/** A failed result with a plain reason and the technical cause for the log. */
export function failed(reason: string, err?: unknown): Extracted {
  return { result: { status: 'failed', text: '', reason }, detail: describeError(err) };
}

/** One line about an error, for the log (never shown to the user). */
export function describeError(err: unknown): string | undefined {
  if (err === undefined) return undefined;
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}

/** The plain reason for a file-system error on opening a file, or undefined if it is something else. */
export function fileErrorReason(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return REASONS.missing;
  if (code === 'EACCES' || code === 'EPERM') return REASONS.denied;
  if (code === 'EISDIR') return REASONS.unreadable;
  return undefined;
}

/** Messages between the pool and a worker. */
export interface JobMessage {
  id: number;
  filePath: string;
  mimeType: string;
  maxTextChars: number;
}
export interface JobReply {
  id: number;
  result: ExtractResult;
  detail?: string;
}
