import type { DocumentKind, LibraryDocument } from '../../../../shared/contract';
import { fileTypeOf, type FileType } from './file-types';

export const SORT_KEYS = ['name', 'added', 'changed', 'type'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The version a document shows by default. */
export function currentVersion(doc: LibraryDocument) {
  return doc.versions.find((v) => v.id === doc.currentVersionId) ?? doc.versions[doc.versions.length - 1];
}

/** The documents of one kind, optionally with one tag, in the chosen order. */
export function visibleDocuments(
  docs: readonly LibraryDocument[],
  options: { kind: DocumentKind; tag: string | null; sort: SortKey; language: string; typeLabel: (type: FileType) => string },
): LibraryDocument[] {
  const collator = new Intl.Collator(options.language, { numeric: true, sensitivity: 'base' });
  const byName = (a: LibraryDocument, b: LibraryDocument) => collator.compare(a.title, b.title) || a.id.localeCompare(b.id);
  // Newest first for dates: that is what people look for after adding or editing a file.
  const compare: Record<SortKey, (a: LibraryDocument, b: LibraryDocument) => number> = {
    name: byName,
    added: (a, b) => b.createdAt.localeCompare(a.createdAt) || byName(a, b),
    changed: (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byName(a, b),
    type: (a, b) =>
      collator.compare(options.typeLabel(fileTypeOf(currentVersion(a))), options.typeLabel(fileTypeOf(currentVersion(b)))) ||
      byName(a, b),
  };
  return docs
    .filter((doc) => doc.kind === options.kind && (options.tag === null || doc.tags.includes(options.tag)))
    .sort(compare[options.sort]);
}

/** Every tag used by documents of a kind, in alphabetical order, for the filter. */
export function tagsOf(docs: readonly LibraryDocument[], kind: DocumentKind, language: string): string[] {
  const tags = new Set<string>();
  for (const doc of docs) if (doc.kind === kind) for (const tag of doc.tags) tags.add(tag);
  return [...tags].sort(new Intl.Collator(language, { sensitivity: 'base' }).compare);
}

/** Tidies a typed tag: trimmed, single spaces, at most 60 characters; '' when nothing is left. */
export function normaliseTag(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 60).trim();
}

/** Adds a tag unless the document already has it (in any letter case), keeping the limit of 50. */
export function withTag(tags: readonly string[], tag: string): string[] {
  const clean = normaliseTag(tag);
  if (!clean || tags.length >= 50 || tags.some((t) => t.toLocaleLowerCase() === clean.toLocaleLowerCase())) return [...tags];
  return [...tags, clean];
}
