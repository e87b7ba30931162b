import type { TFunction } from 'i18next';
import type { DocumentVersion, LibraryDocument } from '../../../../../shared/contract';

/** Versions oldest first: by date, then by their order in the index (two can share a millisecond). */
function oldestFirst(doc: LibraryDocument): DocumentVersion[] {
  return doc.versions
    .map((version, index) => ({ version, index }))
    .sort((a, b) => a.version.addedAt.localeCompare(b.version.addedAt) || a.index - b.index)
    .map(({ version }) => version);
}

/** Versions newest first, as the list shows them. */
export function newestFirst(doc: LibraryDocument): DocumentVersion[] {
  return oldestFirst(doc).reverse();
}

/** A version's name: its label ("Warehouse lead"), else "Version 2" counting from the oldest. */
export function versionLabel(doc: LibraryDocument, version: DocumentVersion, t: TFunction): string {
  if (version.label) return version.label;
  return t('documents.versions.numbered', { number: oldestFirst(doc).findIndex((v) => v.id === version.id) + 1 });
}
