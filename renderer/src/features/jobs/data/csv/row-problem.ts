import type { z } from 'zod';
import { describeIssues } from '../../../../../../shared/domain/jobs';
import { IMPORT_FIELDS, type ImportField } from './job-columns';
import type { DateOrder } from './dates';

/**
 * Why a row was skipped or changed (an unreadable date goes to the notes), as a code and the values the sentence needs, so the
 * screen says it in the user's language (jobsAdding.import.problems.<code>).
 */
export type RowProblem =
  | { code: 'titleEmpty' }
  | { code: 'dateUnreadable'; field: ImportField; value: string }
  | { code: 'dateOrder'; field: ImportField; value: string; order: DateOrder }
  | { code: 'statusUnknown'; value: string }
  | { code: 'fieldTooLong'; field: ImportField | null }
  | { code: 'fieldInvalid'; field: ImportField | null }
  | { code: 'workplaceUnknown'; value: string }
  | { code: 'linkToNotes' }
  | { code: 'valueToNotes'; field: ImportField; value: string }
  | { code: 'alreadyInList' }
  | { code: 'csvQuotes' }
  | { code: 'csvFieldCount' }
  | { code: 'csvOther' };
export type RowProblemCode = RowProblem['code'];

/** A row that can't be imported. The message is English, for logs and tests; the screen uses `problem`. */
export class RowError extends RangeError {
  constructor(
    readonly problem: RowProblem,
    message: string,
  ) {
    super(message);
    this.name = 'RowError';
  }
}

/** Values shown inside a sentence are cut short: a 100 KB cell must not fill the screen. */
export function excerpt(value: string, length = 60): string {
  const text = value.trim();
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

const isImportField = (value: unknown): value is ImportField => (IMPORT_FIELDS as readonly unknown[]).includes(value);

/** The row error for a job that fails the schema: which field, and too long or otherwise wrong. */
export function schemaRowError(error: z.ZodError): RowError {
  const issue = error.issues[0];
  const field = isImportField(issue?.path[0]) ? issue.path[0] : null;
  const problem: RowProblem = issue?.code === 'too_big' ? { code: 'fieldTooLong', field } : { code: 'fieldInvalid', field };
  return new RowError(problem, describeIssues(error));
}

/** papaparse's error codes, grouped into what a user can do something about. */
export function csvProblem(papaCode: string): RowProblem {
  if (papaCode === 'MissingQuotes' || papaCode === 'InvalidQuotes') return { code: 'csvQuotes' };
  if (papaCode === 'TooFewFields' || papaCode === 'TooManyFields') return { code: 'csvFieldCount' };
  return { code: 'csvOther' };
}

/** The problem behind any error thrown while reading a row (an unexpected one says so plainly). */
export function rowProblemOf(error: unknown): RowProblem {
  return error instanceof RowError ? error.problem : { code: 'fieldInvalid', field: null };
}
