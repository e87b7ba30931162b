import { isCalendarDate, isStageId, type SentDocument, type StageChange, type StageId } from '../../../../../../shared/domain/jobs';
import { stageFromStatus } from './status';

/** A timeline entry as a CSV cell carries it: no ids, order given by position. */
export type HistoryEntry = Pick<StageChange, 'stage' | 'at' | 'note'> & { dateUnknown: boolean };

// One entry per line: "2024-03-05 applied: note". A "?" after the date marks a date that
// was not known. Notes are one line by schema, so a line break always separates entries.
const HISTORY_LINE = /^(\d{4}-\d{2}-\d{2})(\?)?\s+([^:]+?)(?::\s?(.*))?$/;

/** Writes a timeline (already in order) as one cell. */
export function encodeStageHistory(changes: readonly HistoryEntry[]): string {
  return changes.map((c) => `${c.at}${c.dateUnknown ? '?' : ''} ${c.stage}${c.note ? `: ${c.note}` : ''}`).join('\n');
}

/** Reads a timeline cell; stage names may be our ids or words like "Interview". Throws on a line it can't read. */
export function decodeStageHistory(cell: string): HistoryEntry[] {
  // Only the start of a line is trimmed: a note's trailing spaces are the user's.
  return splitLines(cell, false).map((line) => {
    const m = HISTORY_LINE.exec(line);
    const stage: StageId | null = m ? (isStageId(m[3]) ? m[3] : stageFromStatus(m[3])) : null;
    if (!m || !stage || !isCalendarDate(m[1])) {
      throw new RangeError(`Stage history line "${line.slice(0, 60)}" should look like "2024-03-05 applied: note".`);
    }
    if ((m[4] ?? '').length > 2000) throw new RangeError('A stage note in the stage history is over 2,000 characters.');
    return { stage, at: m[1], note: m[4] ?? '', dateUnknown: m[2] === '?' };
  });
}

/** Writes sent documents as "documentId versionId 2024-03-05" lines. */
export function encodeSentDocuments(sent: readonly SentDocument[]): string {
  return sent.map((s) => `${s.documentId} ${s.versionId} ${s.sentAt}`).join('\n');
}

/** Reads sent documents written by encodeSentDocuments. */
export function decodeSentDocuments(cell: string): SentDocument[] {
  return splitLines(cell).map((line) => {
    const [documentId, versionId, sentAt, ...rest] = line.split(/\s+/);
    if (!sentAt || rest.length) throw new RangeError(`Documents sent line "${line.slice(0, 60)}" should be "document version date".`);
    return { documentId, versionId, sentAt };
  });
}

/** Non-blank lines of a cell (LF, CRLF or CR: spreadsheets differ), trimmed, or only at the start. */
export function splitLines(cell: string, trimEnd = true): string[] {
  return cell
    .split(/\r\n|\r|\n/)
    .map((l) => (trimEnd ? l.trim() : l.trimStart()))
    .filter(Boolean);
}
