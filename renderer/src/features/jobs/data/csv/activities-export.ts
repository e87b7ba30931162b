import type { Activity } from '../../../../../../shared/domain/activity';
import type { CalendarDate } from '../../../../../../shared/domain/jobs';
import type { CareerDb } from '../../../../db/career-db';
import { ACTIVITY_CSV_LABELS_EN, type ActivityCsvLabels } from '../activity-labels';
import { collectActivities } from '../activity-log';
import { toCsv, type CsvOutput, type CsvWriteOptions } from './csv-write';

/**
 * The job-search log as CSV, one activity per row, oldest first: date (YYYY-MM-DD), type,
 * employer or organisation, contact person and method, position, result (the user's words,
 * or the job's current stage when they wrote none).
 */
export function activitiesToCsv(activities: readonly Activity[], labels: ActivityCsvLabels = ACTIVITY_CSV_LABELS_EN, options?: CsvWriteOptions): CsvOutput {
  const sorted = [...activities].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const rows = sorted.map((a) => [
    a.date,
    labels.types[a.type],
    a.employer,
    a.contactPerson,
    a.contactMethod,
    a.position,
    a.result || (a.outcome ? labels.stages[a.outcome] : ''),
  ]);
  return toCsv(labels.headers, rows, options);
}

/** The log for `from`..`to` (inclusive) as CSV. */
export async function exportActivitiesCsv(
  db: CareerDb,
  from: CalendarDate,
  to: CalendarDate,
  labels: ActivityCsvLabels = ACTIVITY_CSV_LABELS_EN,
  options?: CsvWriteOptions,
): Promise<CsvOutput> {
  return activitiesToCsv(await collectActivities(db, from, to), labels, options);
}
