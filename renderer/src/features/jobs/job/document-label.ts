import type { TFunction } from 'i18next';
import type { DocumentVersion, LibraryDocument } from '../../../../../shared/contract';

/** A document's versions oldest first (by date, then by their order in the library), as the library numbers them. */
export function versionsOldestFirst(doc: LibraryDocument): DocumentVersion[] {
  return doc.versions
    .map((version, index) => ({ version, index }))
    .sort((a, b) => a.version.addedAt.localeCompare(b.version.addedAt) || a.index - b.index)
    .map(({ version }) => version);
}

/** 1 for the oldest version; 0 when the version is gone. */
export function versionNumber(doc: LibraryDocument, versionId: string): number {
  return versionsOldestFirst(doc).findIndex((v) => v.id === versionId) + 1;
}

/** A version by its own name and number: "Warehouse lead (version 2)" or "Version 1". */
export function versionName(doc: LibraryDocument, version: DocumentVersion, t: TFunction): string {
  const number = versionNumber(doc, version.id);
  return version.label ? t('jobs.documents.versionNamed', { label: version.label, number }) : t('jobs.documents.versionNumbered', { number });
}

/** The exact thing that was sent: "Resume — Warehouse lead (version 2)". */
export function sentLabel(doc: LibraryDocument, versionId: string, t: TFunction): string {
  const version = doc.versions.find((v) => v.id === versionId);
  if (!version) return t('jobs.documents.versionGone', { title: doc.title });
  return t('jobs.documents.sentLabel', { title: doc.title, version: versionName(doc, version, t) });
}
