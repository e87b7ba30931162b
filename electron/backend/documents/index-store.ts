import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { LibraryDocumentSchema, type LibraryDocument } from '../../../shared/contract';
import { writeFileAtomic } from '../fs/atomic-write';
import { logError } from '../log';

const FORMAT = 1;
const SnapshotSchema = z.object({ format: z.literal(FORMAT), documents: z.array(LibraryDocumentSchema) });
const EntrySchema = z.union([
  z.object({ op: z.literal('put'), doc: LibraryDocumentSchema }),
  z.object({ op: z.literal('remove'), id: z.string() }),
]);
type Entry = z.infer<typeof EntrySchema>;

/** Compact the journal into the snapshot once it has this many entries. */
const COMPACT_AFTER = 500;

/**
 * The library's index: a snapshot (index.json) plus an append-only journal (journal.ndjson).
 * A change costs one appended, fsynced line instead of rewriting the whole index, and a
 * crash mid-append leaves at worst a torn last line, which loading ignores. Paths inside
 * are relative to the library folder, so the folder can move or sync between machines.
 */
export class IndexStore {
  private readonly snapshotFile: string;
  private readonly journalFile: string;
  private journal: fs.FileHandle | null = null;
  private entries = 0;

  constructor(metaDir: string) {
    this.snapshotFile = path.join(metaDir, 'index.json');
    this.journalFile = path.join(metaDir, 'journal.ndjson');
  }

  /**
   * Reads snapshot then journal. `lost` is true when an index existed but could not be read
   * at all; `touched` names the documents changed since the last snapshot (a clean close).
   */
  async load(): Promise<{ documents: Map<string, LibraryDocument>; lost: boolean; touched: Set<string> }> {
    const documents = new Map<string, LibraryDocument>();
    const touched = new Set<string>();
    let lost = false;
    const snapshot = await readIfExists(this.snapshotFile);
    if (snapshot !== null) {
      const parsed = SnapshotSchema.safeParse(safeJson(snapshot));
      if (parsed.success) for (const doc of parsed.data.documents) documents.set(doc.id, doc);
      else {
        lost = true;
        await keepAside(this.snapshotFile);
      }
    }
    const journal = (await readIfExists(this.journalFile)) ?? '';
    for (const line of journal.split('\n')) {
      if (!line.trim()) continue;
      const entry = EntrySchema.safeParse(safeJson(line));
      if (!entry.success) continue; // a torn last line after a crash, or damage: skip it
      apply(documents, entry.data);
      touched.add(entry.data.op === 'put' ? entry.data.doc.id : entry.data.id);
      this.entries++;
    }
    return { documents, lost, touched };
  }

  /** Records a new or changed document (durably when `sync`). */
  put(doc: LibraryDocument, sync = true): Promise<void> {
    return this.append({ op: 'put', doc }, sync);
  }

  /** Records a removal (durably when `sync`). */
  remove(id: string, sync = true): Promise<void> {
    return this.append({ op: 'remove', id }, sync);
  }

  /** Makes every entry appended so far durable. */
  async sync(): Promise<void> {
    await this.journal?.datasync();
  }

  /** True when journal entries exist beyond the snapshot (changes since the last clean close). */
  get hasJournal(): boolean {
    return this.entries > 0;
  }

  /** Writes everything into a fresh snapshot and empties the journal. */
  async compact(documents: Iterable<LibraryDocument>): Promise<void> {
    await writeFileAtomic(this.snapshotFile, JSON.stringify({ format: FORMAT, documents: [...documents] }));
    // A crash here leaves old journal entries; replaying them over the new snapshot is harmless.
    await this.journal?.close();
    this.journal = null;
    await fs.writeFile(this.journalFile, '');
    this.entries = 0;
  }

  /** True when the journal has grown enough to be worth compacting. */
  get wantsCompaction(): boolean {
    return this.entries >= COMPACT_AFTER;
  }

  async close(): Promise<void> {
    await this.journal?.close();
    this.journal = null;
  }

  private async append(entry: Entry, sync: boolean): Promise<void> {
    this.journal ??= await fs.open(this.journalFile, 'a');
    await this.journal.appendFile(`${JSON.stringify(entry)}\n`);
    if (sync) await this.journal.datasync();
    this.entries++;
  }
}

function apply(documents: Map<string, LibraryDocument>, entry: Entry): void {
  if (entry.op === 'put') documents.set(entry.doc.id, entry.doc);
  else documents.delete(entry.id);
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function keepAside(file: string): Promise<void> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  await fs.rename(file, `${file}.unreadable-${stamp}`).catch((err: unknown) => logError('could not keep the damaged index aside', err));
}
