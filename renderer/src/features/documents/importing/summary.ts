import type { TFunction } from 'i18next';
import type { ImportReport } from '../../../../../shared/contract';

export interface ImportSummary {
  message: string;
  tone: 'success' | 'info' | 'error';
  /** Some files were not added: offer the list with the reasons. */
  hasDetails: boolean;
  addedIds: string[];
}

/**
 * What to tell the user when an import ends, in whole sentences:
 * "Added 3 files. 2 were already in your library (they match “Resume 2024”). 1 was skipped: …".
 */
export function summariseImport(report: ImportReport, t: TFunction): ImportSummary {
  const added = report.outcomes.filter((o) => o.status === 'added');
  const duplicates = report.outcomes.flatMap((o) => (o.status === 'duplicate' ? [o] : []));
  const skipped = report.outcomes.flatMap((o) => (o.status === 'skipped' ? [o] : []));
  const sentences: string[] = [];
  if (report.cancelled) sentences.push(t('documents.importing.cancelled'));
  if (added.length > 0) sentences.push(t('documents.importing.added', { count: added.length }));
  else if (!report.cancelled) sentences.push(t('documents.importing.noneAdded'));
  if (duplicates.length > 0) {
    const titles = new Set(duplicates.map((d) => d.title));
    sentences.push(
      titles.size === 1
        ? t('documents.importing.duplicateSame', { count: duplicates.length, title: duplicates[0].title })
        : t('documents.importing.duplicateMixed', { count: duplicates.length }),
    );
  }
  if (skipped.length === 1) sentences.push(t('documents.importing.skippedOne', { reason: skipped[0].reason }));
  else if (skipped.length > 1) sentences.push(t('documents.importing.skipped', { count: skipped.length }));
  const tone = skipped.length > 0 && added.length === 0 ? 'error' : added.length > 0 && skipped.length === 0 ? 'success' : 'info';
  return {
    message: sentences.join(' '),
    tone,
    // One file: the sentence says it all. Several: the dialog lists which file went where, and why.
    hasDetails: skipped.length + duplicates.length > 0 && report.outcomes.length > 1,
    addedIds: added.flatMap((a) => (a.status === 'added' ? [a.documentId] : [])),
  };
}
