import type { LibraryDocument, DocumentVersion } from '../../../shared/contract';
import type { Host } from '../native-host';
import type { DocumentSearch } from '../search';
import type { IndexStore } from './index-store';
import type { LibraryLayout } from './layout';
import type { SerialQueue } from './serial';
import type { TextPipeline } from './text-pipeline';

/** Everything the library's parts share. Changes to documents go through `commit` only. */
export interface LibraryContext {
  layout: LibraryLayout;
  store: IndexStore;
  docs: Map<string, LibraryDocument>;
  /** Every change to the index runs here, one at a time. */
  queue: SerialQueue;
  search: DocumentSearch;
  text: TextPipeline;
  host: Host;
  /** Absolute paths the app itself is placing right now: the watcher must not adopt them. */
  placing: Set<string>;
  /** Names already used in each folder we place files in (lower-cased, NFC). */
  folderNames: Map<string, Set<string>>;
  /** Folders that got new files since the last flush, to fsync then. */
  dirtyFolders: Set<string>;
  /** Versions ("docId/versionId") changed just before an unclean close: a changed hash there may be damage, not an edit. */
  suspect: Set<string>;
  limitBytes(): number;
  now(): Date;
  /**
   * Records changes, updates search and tells every window. Call inside `queue`. Durable at
   * once unless `batched` (imports), whose caller flushes at the end of the batch.
   */
  commit(upserted: LibraryDocument[], removed: string[], options?: { batched?: boolean }): Promise<void>;
}

/** The version a document shows by default. */
export function currentVersion(doc: LibraryDocument): DocumentVersion {
  return doc.versions.find((v) => v.id === doc.currentVersionId) ?? doc.versions[doc.versions.length - 1];
}
