import { create } from 'zustand';
import type { StageId } from '../../../../../shared/domain/jobs';
import { getDb } from '../../../db/career-db';
import { today } from '../../../db/clock';
import {
  describeColumns,
  importJobs,
  isBlank,
  planJobsImport,
  previewJobsCsv,
  type ColumnMapping,
  type DateOrder,
  type ImportField,
  type ImportPreview,
  type RowIssue,
} from '../data/csv';

/** Why a file could not be used; each has a sentence under jobsAdding.import. */
export type FileProblem = 'emptyFile' | 'noRows' | 'tooBig' | 'excelFile' | 'readFailed';

export interface ImportSummary {
  added: number;
  /** Rows not written (unreadable, or already in the list), by row number. */
  skipped: RowIssue[];
  /** Rows written with a change (a link moved to the notes ...). */
  changed: RowIssue[];
  contactsCreated: number;
  stopped: boolean;
  /** A failure that ended the import early (the database refused a batch ...). */
  failure: string | null;
}

export type ImportView =
  | { step: 'choose'; problem: { code: FileProblem; file: string; reason?: string } | null }
  | { step: 'reading'; file: string; percent: number | null }
  | {
      step: 'mapping';
      file: string;
      preview: ImportPreview;
      rowCount: number;
      mapping: ColumnMapping;
      dateOrder: DateOrder;
      /** True once the user picked the date order; until then it follows the file's dates. */
      dateOrderChosen: boolean;
      /** The user's stage for each status text; '' until chosen for statuses we can't match. */
      statusMap: Record<string, StageId | ''>;
    }
  | { step: 'running'; file: string; phase: 'checking' | 'adding'; done: number; total: number; cancelling: boolean }
  | { step: 'done'; file: string; summary: ImportSummary };

interface CsvImportState {
  view: ImportView;
  /** Counts step changes, so each new step can take focus (not on the first visit). */
  moves: number;
}

export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** The import wizard's state. It outlives the page: an import keeps going while the user looks elsewhere. */
export const useCsvImport = create<CsvImportState>(() => ({ view: { step: 'choose', problem: null }, moves: 0 }));

let controller: AbortController | null = null;

const go = (view: ImportView) => useCsvImport.setState((s) => ({ view, moves: s.moves + 1 }));
const update = (view: ImportView) => useCsvImport.setState({ view });

/** Back to the first step (also cancels reading a file). */
export function resetImport(): void {
  controller?.abort();
  controller = null;
  go({ step: 'choose', problem: null });
}

// Zip (.xlsx, .ods) and the old binary .xls: spreadsheets that must be saved as CSV first.
function isWorkbook(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0);
}

/** Reads a chosen file: bytes, encoding and delimiter by the data layer, then the column-mapping step. */
export async function chooseFile(file: File): Promise<void> {
  const name = file.name;
  const refuse = (code: FileProblem, reason?: string) => go({ step: 'choose', problem: { code, file: name, reason } });
  if (file.size > MAX_FILE_BYTES) return refuse('tooBig');
  if (file.size === 0) return refuse('emptyFile');
  controller?.abort();
  const own = new AbortController();
  controller = own;
  go({ step: 'reading', file: name, percent: null });
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (isWorkbook(bytes)) return refuse('excelFile');
    const preview = await previewJobsCsv(bytes, {
      signal: own.signal,
      onProgress: (read, total) => update({ step: 'reading', file: name, percent: total ? Math.round((read / total) * 100) : null }),
    });
    if (own.signal.aborted) return;
    if (preview.parsed.headers.every((h) => h === '')) return refuse('emptyFile');
    const rowCount = preview.parsed.rows.reduce((n, row) => (isBlank(row) ? n : n + 1), 0);
    if (rowCount === 0) return refuse('noRows');
    const statusMap: Record<string, StageId | ''> = Object.fromEntries(preview.statuses.map((s) => [s.text, s.stage ?? '']));
    go({ step: 'mapping', file: name, preview, rowCount, mapping: preview.mapping, dateOrder: preview.dateOrder.order, dateOrderChosen: false, statusMap });
  } catch (error) {
    if (own.signal.aborted) return;
    refuse('readFailed', (error as Error).message);
  } finally {
    if (controller === own) controller = null;
  }
}

/** The user puts column `index` into `field` (null: leave it out); dates and statuses are looked at again. */
export function setColumn(index: number, field: ImportField | null): void {
  const view = useCsvImport.getState().view;
  if (view.step !== 'mapping') return;
  const mapping = view.mapping.map((f, i) => (i === index ? field : f));
  const described = describeColumns(view.preview.parsed, mapping);
  // Choices the user made for statuses are kept; new statuses start with our suggestion.
  const statusMap: Record<string, StageId | ''> = Object.fromEntries(described.statuses.map((s) => [s.text, view.statusMap[s.text] ?? s.stage ?? '']));
  const dateOrder = view.dateOrderChosen ? view.dateOrder : described.dateOrder.order;
  update({ ...view, mapping, statusMap, preview: { ...view.preview, ...described }, dateOrder });
}

export function setDateOrder(dateOrder: DateOrder): void {
  const view = useCsvImport.getState().view;
  if (view.step === 'mapping') update({ ...view, dateOrder, dateOrderChosen: true });
}

export function setStatusStage(text: string, stage: StageId | ''): void {
  const view = useCsvImport.getState().view;
  if (view.step === 'mapping') update({ ...view, statusMap: { ...view.statusMap, [text]: stage } });
}

/**
 * Checks every row, then adds the jobs in batches (the data layer waits between batches, so
 * the window stays responsive). Cancel stops between batches; what was added stays.
 */
export async function runImport(onFinished: (file: string, summary: ImportSummary) => void): Promise<void> {
  const view = useCsvImport.getState().view;
  if (view.step !== 'mapping') return;
  const { file, preview, mapping, dateOrder } = view;
  const own = new AbortController();
  controller = own;
  const statusMap = new Map(Object.entries(view.statusMap).filter((e): e is [string, StageId] => e[1] !== ''));
  const running = (phase: 'checking' | 'adding', done: number, total: number) => {
    const now = useCsvImport.getState().view;
    update({ step: 'running', file, phase, done, total, cancelling: now.step === 'running' && now.cancelling });
  };
  go({ step: 'running', file, phase: 'checking', done: 0, total: view.rowCount, cancelling: false });
  const summary: ImportSummary = { added: 0, skipped: [], changed: [], contactsCreated: 0, stopped: false, failure: null };
  const db = getDb();
  const before = await db.jobs.count().catch(() => null);
  try {
    const plan = await planJobsImport(preview.parsed, mapping, { dateOrder, statusMap, today: today(), signal: own.signal, onProgress: (d, t) => running('checking', d, t) });
    summary.skipped = plan.failures;
    summary.changed = plan.warnings;
    running('adding', 0, plan.jobs.length);
    const result = await importJobs(db, plan.jobs, { signal: own.signal, onProgress: (d, t) => running('adding', d, t) });
    summary.added = result.added;
    summary.contactsCreated = result.contactsCreated;
    summary.skipped = [...summary.skipped, ...result.skipped].sort((a, b) => a.row - b.row);
    // A row left out as already in the list was not "imported with a change".
    const leftOut = new Set(result.skipped.map((issue) => issue.row));
    summary.changed = summary.changed.filter((issue) => !leftOut.has(issue.row));
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'AbortError')) {
      summary.failure = (error as Error).message;
      // The batches written before the failure stay; count them rather than guess.
      const after = await db.jobs.count().catch(() => null);
      if (before !== null && after !== null) summary.added = Math.max(0, after - before);
    }
  } finally {
    if (controller === own) controller = null;
  }
  summary.stopped = own.signal.aborted;
  go({ step: 'done', file, summary });
  onFinished(file, summary);
}

/** Stops the import between batches. */
export function cancelImport(): void {
  const view = useCsvImport.getState().view;
  if (view.step === 'running') update({ ...view, cancelling: true });
  controller?.abort();
}
