import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentVersion, LibraryDocument } from '../../../shared/contract';
import { logError } from '../log';
import type { LibraryContext } from './context';
import { detectMimeType, SNIFF_BYTES } from './file-type';
import { newId } from './ids';
import { KIND_FOLDERS, suggestKind, titleFromFileName } from './kinds';
import { META_DIR } from './layout';

const IGNORED = /^(\.|~\$|desktop\.ini$|thumbs\.db$)|\.(part|tmp|crdownload|moving)$/i;

interface FoundFile {
  absolute: string;
  sha256: string;
  head: Uint8Array;
  stat: fs.Stats;
}

/**
 * Brings the index in line with the folder, for changes made by other programs (while
 * the app runs and while it was closed): edited files get their new hash and are read
 * again; renamed or moved files keep their document (found again by content); removed
 * files leave the index; files dropped into the folder are added in place. A file that
 * can't be read is left as it is, and a version whose whole folder is missing (a drive
 * not plugged in, a sync not finished) is kept rather than forgotten.
 */
export function reconcile(ctx: LibraryContext): Promise<{ changed: number }> {
  return ctx.queue.run(async () => {
    ctx.folderNames.clear(); // other programs may have added or removed files anywhere
    const known = new Set<string>();
    for (const doc of ctx.docs.values()) {
      for (const v of doc.versions) {
        const absolute = ctx.layout.resolve(v.file);
        if (absolute) known.add(absolute.normalize('NFC'));
      }
    }
    const newFiles = await hashAll(await unindexedFiles(ctx, known));
    const byHash = new Map<string, FoundFile>();
    for (const file of newFiles) if (!byHash.has(file.sha256)) byHash.set(file.sha256, file);

    const upserted: LibraryDocument[] = [];
    const removed: string[] = [];
    for (const doc of ctx.docs.values()) {
      const next = await checkDocument(ctx, doc, byHash);
      if (next === doc) continue;
      if (next === null) removed.push(doc.id);
      else upserted.push(next);
    }
    const relocated = new Set(upserted.flatMap((d) => d.versions.map((v) => v.file)));
    for (const file of newFiles) {
      if (!relocated.has(ctx.layout.relative(file.absolute))) upserted.push(adopt(ctx, file));
    }
    if (upserted.length || removed.length) await ctx.commit(upserted, removed);
    for (const doc of upserted) {
      for (const v of doc.versions) {
        const absolutePath = ctx.layout.resolve(v.file);
        if (v.textStatus === 'pending' && absolutePath) ctx.text.enqueue({ documentId: doc.id, versionId: v.id, absolutePath, mimeType: v.mimeType, sha256: v.sha256 });
      }
    }
    return { changed: upserted.length + removed.length };
  });
}

/** The document as the folder shows it now: the same object when nothing changed, null when all its files are gone. */
async function checkDocument(ctx: LibraryContext, doc: LibraryDocument, byHash: Map<string, FoundFile>): Promise<LibraryDocument | null> {
  const versions: DocumentVersion[] = [];
  let changed = false;
  for (const version of doc.versions) {
    const absolute = ctx.layout.resolve(version.file);
    let stat: fs.Stats | null = null;
    try {
      stat = absolute ? await fs.promises.stat(absolute) : null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        versions.push(version); // can't look at it right now: leave it be
        continue;
      }
    }
    if (!absolute || !stat?.isFile()) {
      const moved = byHash.get(version.sha256);
      if (moved) {
        byHash.delete(version.sha256);
        versions.push({ ...version, file: ctx.layout.relative(moved.absolute), mtimeMs: moved.stat.mtimeMs, modifiedAt: moved.stat.mtime.toISOString() });
        changed = true;
      } else if (absolute && !(await folderExists(ctx, version.file))) {
        versions.push(version); // the whole folder is missing for now: don't forget the document
      } else {
        changed = true;
      }
      continue;
    }
    if (stat.mtimeMs === version.mtimeMs && stat.size === version.size) {
      versions.push(version);
      continue;
    }
    try {
      const { sha256, head } = await hashFile(absolute);
      const edited = sha256 !== version.sha256;
      versions.push({
        ...version,
        sha256,
        size: stat.size,
        mtimeMs: stat.mtimeMs,
        modifiedAt: stat.mtime.toISOString(),
        mimeType: detectMimeType(head, absolute),
        ...(edited ? editedStatus(ctx, doc.id, version) : {}),
      });
      changed = true;
    } catch (err) {
      logError(`checking ${version.file}`, err);
      versions.push(version);
    }
  }
  if (!changed) return doc;
  if (versions.length === 0) return null;
  const current = versions.some((v) => v.id === doc.currentVersionId) ? doc.currentVersionId : versions[versions.length - 1].id;
  return { ...doc, versions, currentVersionId: current, updatedAt: ctx.now().toISOString() };
}

/**
 * A changed file is normally the user's own edit: read its text again. But a file the
 * app added just before a power cut may not have reached the disk whole; say so.
 */
function editedStatus(ctx: LibraryContext, documentId: string, version: DocumentVersion): Pick<DocumentVersion, 'textStatus' | 'textReason'> {
  if (ctx.suspect.has(`${documentId}/${version.id}`)) {
    return { textStatus: 'failed', textReason: 'This file may not have finished saving before the computer shut down. Add it again from the original to be safe.' };
  }
  return { textStatus: 'pending', textReason: undefined };
}

async function folderExists(ctx: LibraryContext, relative: string): Promise<boolean> {
  const top = ctx.layout.resolve(relative.split('/')[0]);
  return top !== null && fs.promises.stat(top).then((s) => s.isDirectory(), () => false);
}

/** Files in the kind folders (and loose at the top) that the index doesn't know. */
async function unindexedFiles(ctx: LibraryContext, known: Set<string>): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await fs.promises.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (IGNORED.test(entry.name) || entry.name === META_DIR) continue;
      const absolute = path.join(dir, entry.name);
      if (entry.isDirectory() && depth < 4) await walk(absolute, depth + 1);
      else if (entry.isFile() && !known.has(absolute.normalize('NFC')) && !ctx.placing.has(absolute)) found.push(absolute);
    }
  };
  await walk(ctx.layout.root, 0);
  return found;
}

/** Hashes each file; one that can't be read now is skipped (it is tried again next time). */
async function hashAll(files: string[]): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const absolute of files) {
    try {
      const stat = await fs.promises.stat(absolute);
      const { sha256, head } = await hashFile(absolute);
      found.push({ absolute, sha256, head, stat });
    } catch (err) {
      logError(`reading ${absolute}`, err);
    }
  }
  return found;
}

/** Indexes a file someone put into the library folder, where it is. */
function adopt(ctx: LibraryContext, file: FoundFile): LibraryDocument {
  const name = path.basename(file.absolute);
  const topFolder = ctx.layout.relative(file.absolute).split('/')[0];
  const kindFromFolder = (Object.keys(KIND_FOLDERS) as Array<keyof typeof KIND_FOLDERS>).find((k) => KIND_FOLDERS[k] === topFolder);
  const now = ctx.now().toISOString();
  const version: DocumentVersion = {
    id: newId(),
    file: ctx.layout.relative(file.absolute),
    originalName: name,
    sha256: file.sha256,
    size: file.stat.size,
    mimeType: detectMimeType(file.head, name),
    addedAt: now,
    modifiedAt: file.stat.mtime.toISOString(),
    mtimeMs: file.stat.mtimeMs,
    textStatus: 'pending',
  };
  return {
    id: newId(),
    kind: kindFromFolder ?? suggestKind(name),
    title: titleFromFileName(name),
    tags: [],
    notes: '',
    createdAt: now,
    updatedAt: now,
    currentVersionId: version.id,
    versions: [version],
  };
}

/** The sha256 and first bytes of a file, in one streaming read. */
export async function hashFile(absolute: string): Promise<{ sha256: string; head: Uint8Array }> {
  const hash = createHash('sha256');
  let head = new Uint8Array(0);
  for await (const chunk of fs.createReadStream(absolute)) {
    const bytes = chunk as Buffer;
    if (head.length < SNIFF_BYTES) head = new Uint8Array(Buffer.concat([head, bytes.subarray(0, SNIFF_BYTES - head.length)]));
    hash.update(bytes);
  }
  return { sha256: hash.digest('hex'), head };
}
