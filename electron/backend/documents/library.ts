import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { DocumentKind, ImportOptions, ImportReport, LibraryDocument, SearchHit, UploadMeta, UploadResult } from '../../../shared/contract';
import type { Extractor } from '../extract';
import { fsyncDir, isAtomicTempName, writeFileAtomic } from '../fs/atomic-write';
import { logError } from '../log';
import type { Host } from '../native-host';
import { createDocumentSearch, loadDocumentSearch } from '../search';
import { BatchRegistry } from './batches';
import { currentVersion, type LibraryContext } from './context';
import { createVersion, restoreVersion, updateDocument, versionPath, type DocumentPatch } from './edits';
import { importOne } from './importer';
import { IndexStore } from './index-store';
import { suggestKind } from './kinds';
import { libraryLayout } from './layout';
import { reconcile } from './reconcile';
import { SerialQueue } from './serial';
import { TextPipeline, type TextJob } from './text-pipeline';
import { deleteDocument, expireAll, undoDelete } from './trash';
import { expandPaths } from './walk';

export interface LibraryOptions {
  root: string;
  extractor: Extractor;
  host: Host;
  limitBytes(): number;
  onChange(upserted: LibraryDocument[], removed: string[]): void;
  onProgress(progress: { batchId: string; done: number; total: number; current: string }): void;
  now?: () => Date;
}

/** Quiet time before the search index is written to disk. */
const SEARCH_SAVE_DELAY_MS = 30_000;

/** How many files of a batch are read at once. */
const FILES_IN_FLIGHT = 6;

/** Most files one drop or dialog may add. */
const MAX_BATCH_FILES = 10_000;

/** The document library in one folder: the only way the rest of the backend touches it. */
export class Library {
  /** The index could not be read and was rebuilt from the files (tags and notes are gone). */
  indexWasLost = false;
  private readonly batches = new BatchRegistry();
  /** Imports under way, so closing can wait for them to stop. */
  private readonly imports = new Set<Promise<unknown>>();
  private searchSaveTimer: NodeJS.Timeout | undefined;

  private constructor(private readonly ctx: LibraryContext, private readonly options: LibraryOptions) {}

  /** Opens (or creates) the library: recovers from a crash, loads the index and search, then catches up with outside changes. */
  static async open(options: LibraryOptions): Promise<Library> {
    const layout = libraryLayout(options.root);
    for (const dir of [layout.meta, layout.temp, layout.text, layout.trash]) await fs.promises.mkdir(dir, { recursive: true });
    await removeLeftovers(layout.temp, layout.meta);
    const store = new IndexStore(layout.meta);
    const { documents, touched, lost } = await store.load();
    const uncleanClose = await markOpen(layout.meta);
    const ctx: LibraryContext = {
      layout,
      store,
      docs: documents,
      queue: new SerialQueue(),
      search: createDocumentSearch(),
      text: undefined as unknown as TextPipeline,
      host: options.host,
      placing: new Set(),
      folderNames: new Map(),
      dirtyFolders: new Set(),
      suspect: new Set(),
      limitBytes: options.limitBytes,
      now: options.now ?? (() => new Date()),
      commit: (upserted, removed, commitOptions) => library.commit(upserted, removed, commitOptions?.batched ?? false),
    };
    ctx.text = new TextPipeline(options.extractor, layout, (job, outcome) => library.recordText(job, outcome));
    // The closures above run only after this line: commits and text results need the instance.
    const library = new Library(ctx, options);
    library.indexWasLost = lost;
    // After a power cut, files added since the last clean close may not have reached the disk whole.
    if (uncleanClose) forgetMtimes(documents, touched, ctx.suspect);
    await library.loadSearch();
    await store.compact(documents.values());
    await expireAll(ctx);
    await reconcile(ctx);
    for (const doc of documents.values()) {
      for (const v of doc.versions) {
        const absolutePath = layout.resolve(v.file);
        if (v.textStatus === 'pending' && absolutePath) ctx.text.enqueue({ documentId: doc.id, versionId: v.id, absolutePath, mimeType: v.mimeType, sha256: v.sha256 });
      }
    }
    return library;
  }

  get root(): string {
    return this.ctx.layout.root;
  }

  list(): LibraryDocument[] {
    return [...this.ctx.docs.values()];
  }

  get(id: string): LibraryDocument | undefined {
    return this.ctx.docs.get(id);
  }

  /** Imports dropped or picked paths (files and folders), pushing progress; cancellable by batch id. */
  importPaths(paths: string[], options: ImportOptions & { batchId: string }): Promise<ImportReport> {
    return this.tracked(this.runImport(paths, options));
  }

  /** Imports one streamed file of a browser-mode batch. */
  importStream(source: Readable, meta: UploadMeta): Promise<UploadResult> {
    return this.tracked(this.runUpload(source, meta));
  }

  private tracked<T>(work: Promise<T>): Promise<T> {
    this.imports.add(work);
    void work.finally(() => this.imports.delete(work)).catch(() => undefined);
    return work;
  }

  private async runImport(paths: string[], options: ImportOptions & { batchId: string }): Promise<ImportReport> {
    const batch = this.batches.start(options.batchId);
    const release = this.ctx.text.hold();
    try {
      const { files, skipped } = await expandPaths(paths, MAX_BATCH_FILES);
      const results: ImportReport['outcomes'] = new Array(files.length);
      let next = 0;
      let done = 0;
      // Several files in flight: reading, hashing and placing overlap (each step waits on the disk).
      const worker = async () => {
        while (next < files.length && !batch.cancelled) {
          const index = next++;
          this.options.onProgress({ batchId: options.batchId, done, total: files.length, current: files[index].name });
          results[index] = await importOne(this.ctx, fs.createReadStream(files[index].path), files[index].name, options, batch.signal);
          done++;
        }
      };
      await Promise.all(Array.from({ length: FILES_IN_FLIGHT }, worker));
      await this.flush();
      this.options.onProgress({ batchId: options.batchId, done: files.length, total: files.length, current: '' });
      const outcomes = [...skipped.map((s) => ({ status: 'skipped' as const, ...s })), ...results.filter(Boolean)];
      return { batchId: options.batchId, outcomes, cancelled: batch.cancelled };
    } finally {
      release();
      this.batches.finish(options.batchId);
    }
  }

  private async runUpload(source: Readable, meta: UploadMeta): Promise<UploadResult> {
    const batch = this.batches.join(meta.batchId, meta.total);
    if (batch.cancelled) {
      source.resume();
      return { outcome: { status: 'skipped', name: meta.name, reason: 'Cancelled.' }, cancelled: true };
    }
    this.options.onProgress({ batchId: meta.batchId, done: meta.index, total: meta.total, current: meta.name });
    const outcome = await importOne(this.ctx, source, meta.name, meta, batch.signal);
    this.batches.progress(meta.batchId, meta.index + 1);
    if (meta.index + 1 >= meta.total) {
      await this.flush();
      this.options.onProgress({ batchId: meta.batchId, done: meta.total, total: meta.total, current: '' });
    }
    return { outcome, cancelled: batch.cancelled };
  }

  /** Stops a running import after the file being read now. */
  cancel(batchId: string): boolean {
    return this.batches.cancel(batchId);
  }

  update = (id: string, patch: DocumentPatch) => updateDocument(this.ctx, id, patch);
  createVersion = (id: string, basedOn: string, label: string) => createVersion(this.ctx, id, basedOn, label);
  restoreVersion = (id: string, versionId: string) => restoreVersion(this.ctx, id, versionId);
  delete = (id: string) => deleteDocument(this.ctx, id);
  undoDelete = (token: string) => undoDelete(this.ctx, token);
  reconcile = () => reconcile(this.ctx);
  resolveFile = (id: string, versionId?: string) => versionPath(this.ctx, id, versionId);

  search(query: string, filters: { kind?: LibraryDocument['kind']; tag?: string; limit?: number }): SearchHit[] {
    return this.ctx.search.search(query, filters);
  }

  /** Waits for queued changes and text reading to finish (tests, shutdown). */
  async idle(): Promise<void> {
    await this.ctx.queue.idle();
    await this.ctx.text.idle();
    await this.ctx.queue.idle();
  }

  async close(): Promise<void> {
    this.batches.cancelAll();
    await Promise.allSettled([...this.imports]);
    await this.ctx.text.stop();
    await this.ctx.queue.idle();
    clearTimeout(this.searchSaveTimer);
    await this.flush();
    await this.saveSearch();
    await this.ctx.store.compact(this.ctx.docs.values());
    await this.ctx.store.close();
    await fs.promises.rm(`${this.ctx.layout.meta}/${OPEN_MARKER}`, { force: true });
  }

  /** Makes a batch durable in one go: the folders that got files, then the journal. */
  private flush(): Promise<void> {
    return this.ctx.queue.run(async () => {
      for (const folder of this.ctx.dirtyFolders) await fsyncDir(folder).catch(() => undefined);
      this.ctx.dirtyFolders.clear();
      await this.ctx.store.sync();
    });
  }

  private async commit(upserted: LibraryDocument[], removed: string[], batched: boolean): Promise<void> {
    for (const doc of upserted) await this.ctx.store.put(doc, !batched);
    for (const id of removed) await this.ctx.store.remove(id, !batched);
    for (const doc of upserted) {
      this.ctx.docs.set(doc.id, doc);
      await this.indexForSearch(doc);
    }
    for (const id of removed) {
      this.ctx.docs.delete(id);
      this.ctx.search.remove(id);
    }
    if (this.ctx.store.wantsCompaction) await this.ctx.store.compact(this.ctx.docs.values());
    this.scheduleSearchSave();
    this.options.onChange(upserted, removed);
  }

  private recordText(job: TextJob, outcome: { status: LibraryDocument['versions'][number]['textStatus']; reason?: string }) {
    const { documentId, versionId, sha256 } = job;
    return this.ctx.queue.run(async () => {
      const doc = this.ctx.docs.get(documentId);
      // Deleted, edited or moved meanwhile: the result is stale (a moved file is queued again from its new place).
      const same = doc?.versions.some((v) => v.id === versionId && v.sha256 === sha256 && this.ctx.layout.resolve(v.file) === job.absolutePath);
      if (!doc || !same) return;
      const versions = doc.versions.map((v) => (v.id === versionId ? { ...v, textStatus: outcome.status, textReason: outcome.reason } : v));
      const suggestedKind = outcome.status === 'has-text' ? await this.suggestFromText(doc, job) : undefined;
      await this.commit([{ ...doc, versions, ...(suggestedKind ? { suggestedKind } : {}) }], [], true);
    });
  }

  /**
   * The first time a document's text is read, its words may show it is a resume or a cover
   * letter though it was added elsewhere: suggest that kind (the user decides; nothing moves).
   */
  private async suggestFromText(doc: LibraryDocument, job: TextJob): Promise<DocumentKind | undefined> {
    if (doc.versions.length !== 1 || doc.suggestedKind) return undefined;
    const text = (await this.ctx.text.textOf(job.sha256)).slice(0, 2000);
    const suggestion = suggestKind(doc.versions[0].originalName, text);
    return suggestion !== 'other' && suggestion !== doc.kind ? suggestion : undefined;
  }

  private async indexForSearch(doc: LibraryDocument): Promise<void> {
    const version = currentVersion(doc);
    const text = version.textStatus === 'has-text' ? await this.ctx.text.textOf(version.sha256) : '';
    this.ctx.search.upsert({ id: doc.id, title: doc.title, kind: doc.kind, tags: doc.tags, notes: doc.notes, text });
  }

  private async loadSearch(): Promise<void> {
    const saved = await fs.promises.readFile(this.ctx.layout.searchFile, 'utf8').catch(() => '');
    const loaded = saved ? loadDocumentSearch(saved) : null;
    if (loaded && loaded.size === this.ctx.docs.size && [...this.ctx.docs.keys()].every((id) => loaded.has(id))) {
      this.ctx.search = loaded;
      return;
    }
    // Lost or stale: rebuild from the stored text, without reading any document again.
    for (const doc of this.ctx.docs.values()) await this.indexForSearch(doc);
  }

  /**
   * Saves the search index once things have been quiet for a while, and at close: writing
   * it blocks about a second at 2,000 documents. A lost save only means a rebuild from the
   * stored text at the next start, never a re-read of the documents.
   */
  private scheduleSearchSave(): void {
    clearTimeout(this.searchSaveTimer);
    this.searchSaveTimer = setTimeout(() => void this.saveSearch(), SEARCH_SAVE_DELAY_MS);
    this.searchSaveTimer.unref();
  }

  private async saveSearch(): Promise<void> {
    try {
      await writeFileAtomic(this.ctx.layout.searchFile, this.ctx.search.toJSON());
    } catch (err) {
      logError('saving the search index', err);
    }
  }
}

const OPEN_MARKER = 'open.lock';

/** Notes that the library is open; true when the marker was already there (the last run did not close cleanly). */
async function markOpen(metaDir: string): Promise<boolean> {
  const marker = `${metaDir}/${OPEN_MARKER}`;
  const unclean = await fs.promises.access(marker).then(() => true, () => false);
  await fs.promises.writeFile(marker, String(process.pid));
  return unclean;
}

/** Makes reconcile re-hash the files of recently changed documents (by forgetting their recorded mtimes), and marks them suspect. */
function forgetMtimes(documents: Map<string, LibraryDocument>, touched: Set<string>, suspect: Set<string>): void {
  for (const id of touched) {
    const doc = documents.get(id);
    if (!doc) continue;
    for (const v of doc.versions) suspect.add(`${id}/${v.id}`);
    documents.set(id, { ...doc, versions: doc.versions.map((v) => ({ ...v, mtimeMs: -1 })) });
  }
}

/** Removes what a crash can leave behind: partial copies in tmp, and half-written files of the index, text and trash. */
async function removeLeftovers(tempDir: string, metaDir: string): Promise<void> {
  await fs.promises.rm(tempDir, { recursive: true, force: true });
  await fs.promises.mkdir(tempDir, { recursive: true });
  const entries = await fs.promises.readdir(metaDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (entry.isFile() && isAtomicTempName(entry.name)) await fs.promises.rm(`${entry.parentPath}/${entry.name}`, { force: true });
  }
}
