import type { TFunction } from 'i18next';
import type { StageId } from '../../../../../shared/domain/jobs';
import type { ColumnMapping, ImportField, StatusValue } from '../data/csv';
import type { SummaryItem } from '../adding/ErrorSummary';
import { columnSelectId, statusSelectId } from './field-choices';

/** Statuses shown for choosing; the rest (rare in real files) use the data layer's best match. */
export const STATUS_LIMIT = 50;

export interface MappingIssues {
  /** No column holds the job title. */
  noTitle: boolean;
  /** Columns whose field is also chosen for an earlier column. */
  duplicates: Map<number, ImportField>;
  /** Status values that match no stage and have none chosen. */
  unmatched: Set<string>;
  /** Every problem for the error summary, in page order. */
  summary: SummaryItem[];
}

/** What stops the import with this mapping, in the user's language, each linked to where it is fixed. */
export function mappingIssues(mapping: ColumnMapping, statuses: StatusValue[], statusMap: Record<string, StageId | ''>, t: TFunction): MappingIssues {
  const summary: SummaryItem[] = [];
  const noTitle = !mapping.includes('title');
  if (noTitle) summary.push({ target: columnSelectId(0), message: t('jobsAdding.import.noTitleColumn') });
  const duplicates = new Map<number, ImportField>();
  const seen = new Set<ImportField>();
  mapping.forEach((field, index) => {
    if (!field) return;
    if (seen.has(field)) {
      duplicates.set(index, field);
      summary.push({ target: columnSelectId(index), message: t('jobsAdding.import.duplicateColumn', { field: t(`jobsAdding.fields.${field}`) }) });
    }
    seen.add(field);
  });
  const unmatched = new Set<string>();
  statuses.slice(0, STATUS_LIMIT).forEach((status, index) => {
    if (statusMap[status.text]) return;
    unmatched.add(status.text);
    summary.push({ target: statusSelectId(index), message: t('jobsAdding.import.statusMissing', { value: status.text }) });
  });
  return { noTitle, duplicates, unmatched, summary };
}
