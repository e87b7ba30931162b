import type { z } from 'zod';
import { describeIssues } from '../../../shared/domain/jobs';

/** A write refused because the data is not valid; `message` is plain enough to show the user. */
export class InvalidRecordError extends Error {
  override name = 'InvalidRecordError';
}

/** A record that was asked for by id and is not there (deleted in another window, or a stale link). */
export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
}

/** Parses `value` with `schema`, or throws InvalidRecordError naming what is wrong. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidRecordError(`This ${what} can't be saved: ${describeIssues(result.error)}`);
  return result.data;
}
