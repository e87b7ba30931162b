import type { CalendarDate, StageId } from '../../../../../../shared/domain/jobs';
import { mappingProblems, suggestMapping, type ColumnMapping } from './column-mapping';
import { isBlank, parseCsv, type ParseCsvOptions, type ParsedCsv } from './csv-parse';
import { decodeCsvBytes, type CsvEncoding } from './csv-text';
import { decideDateOrder, type DateOrder, type DateOrderDecision } from './dates';
import type { ImportField } from './job-columns';
import { mapRow, type ImportedJob } from './row-to-job';
import { rowProblemOf, type RowProblem } from './row-problem';
import { distinctStatuses, type StatusValue } from './status';

/** A row that could not be imported, or was imported with a change, and why. */
export interface RowIssue {
  row: number;
  problem: RowProblem;
}

/** Everything the column-mapping step shows before anything is written. */
export interface ImportPreview {
  encoding: CsvEncoding;
  parsed: ParsedCsv;
  mapping: ColumnMapping;
  /** The date order suggested by the file's dates (the user may override it). */
  dateOrder: DateOrderDecision;
  /** The distinct statuses and the stage suggested for each, when a column is mapped to the stage. */
  statuses: StatusValue[];
}

const DATE_FIELDS: ImportField[] = ['postedAt', 'deadline', 'stageAt', 'appliedAt', 'nextActionDue', 'createdAt', 'updatedAt'];

/** Decodes and parses a file and guesses the mapping, date order and status stages for the user to confirm. */
export async function previewJobsCsv(bytes: Uint8Array, options: ParseCsvOptions = {}): Promise<ImportPreview> {
  const { text, encoding } = decodeCsvBytes(bytes);
  const parsed = await parseCsv(text, options);
  const mapping = suggestMapping(parsed.headers);
  return { encoding, parsed, mapping, ...describeColumns(parsed, mapping) };
}

/** The date order and status list for a mapping (again after the user changes the mapping). */
export function describeColumns(parsed: ParsedCsv, mapping: ColumnMapping): { dateOrder: DateOrderDecision; statuses: StatusValue[] } {
  const dateColumns = mapping.flatMap((field, i) => (field && DATE_FIELDS.includes(field) ? [i] : []));
  const values = (function* () {
    for (const row of parsed.rows) for (const i of dateColumns) if (row[i]) yield row[i];
  })();
  const stageColumn = mapping.indexOf('stage');
  return { dateOrder: decideDateOrder(values), statuses: stageColumn >= 0 ? distinctStatuses(parsed.rows, stageColumn) : [] };
}

/** The rows read into jobs, the rows that failed, and notes on rows changed on the way in. */
export interface ImportPlan {
  jobs: ImportedJob[];
  failures: RowIssue[];
  warnings: RowIssue[];
}

/** Options for planJobsImport. */
export interface PlanOptions {
  dateOrder: DateOrder;
  /** The user's stage for each status text; texts not listed use the suggestion. */
  statusMap?: ReadonlyMap<string, StageId>;
  today: CalendarDate;
  onProgress?: (rowsDone: number, total: number) => void;
  signal?: AbortSignal;
}

// Rows read between yields to the UI.
const PLAN_CHUNK = 1000;

/**
 * Reads every row with the confirmed mapping, a chunk at a time so the window stays
 * responsive. Nothing is written. Throws when the mapping itself is unusable (no title column).
 */
export async function planJobsImport(parsed: ParsedCsv, mapping: ColumnMapping, options: PlanOptions): Promise<ImportPlan> {
  const problems = mappingProblems(mapping);
  if (problems.length) throw new RangeError(problems.join(' '));
  const plan: ImportPlan = { jobs: [], failures: [], warnings: parsed.problems.map((p) => ({ row: p.row, problem: p.problem })) };
  const context = { mapping, dateOrder: options.dateOrder, statusMap: options.statusMap, today: options.today };
  for (let start = 0; start < parsed.rows.length; start += PLAN_CHUNK) {
    if (options.signal?.aborted) throw new DOMException('The import was cancelled.', 'AbortError');
    for (let i = start; i < Math.min(start + PLAN_CHUNK, parsed.rows.length); i++) {
      const cells = parsed.rows[i];
      if (isBlank(cells)) continue;
      const row = parsed.headerRow + 1 + i;
      try {
        const job = mapRow(cells, row, context);
        plan.jobs.push(job);
        for (const problem of job.warnings) plan.warnings.push({ row, problem });
      } catch (error) {
        plan.failures.push({ row, problem: rowProblemOf(error) });
      }
    }
    options.onProgress?.(Math.min(start + PLAN_CHUNK, parsed.rows.length), parsed.rows.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return plan;
}
