import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentVersion, LibraryDocument } from '../../../shared/contract';
import type { LibraryContext } from './context';
import { detectMimeType, SNIFF_BYTES } from './file-type';
import { newId } from './ids';
import { KIND_FOLDERS, suggestKind, titleFromFileName } from './kinds';
import { META_DIR } from './layout';

const IGNORED = /^(\.|~\$|desktop\.ini$|thumbs\.db$)|\.(part|tmp|crdownload)$/i;

/**
 * Brings the index in line with the folder, for changes made by other programs (while
 * the app runs and while it was closed): edited files get their new hash and are read
 * again; removed files leave the index; files dropped into the folder are added in place.
 */
export function reconcile(ctx: LibraryContext): Promise<{ changed: number }> {
  return ctx.queue.run(async () => {
    ctx.folderNames.clear(); // other programs may have added or removed files anywhere
    const upserted: LibraryDocument[] = [];
    const removed: string[] = [];
    const known = new Set<string>();
    for (const doc of ctx.docs.values()) {
      const versions: DocumentVersion[] = [];
      let changed = false;
      for (const version of doc.versions) {
        const absolute = ctx.layout.resolve(version.file);
        const stat = absolute ? await fs.promises.stat(absolute).catch(() => null) : null;
        if (!absolute || !stat?.isFile()) {
          changed = true;
          continue;
        }
        known.add(absolute.normalize('NFC'));
        if (stat.mtimeMs === version.mtimeMs && stat.size === version.size) {
          versions.push(version);
          continue;
        }
        const { sha256, head } = await hashFile(absolute);
        changed = true;
        const edited = sha256 !== version.sha256;
        versions.push({
          ...version,
          sha256,
          size: stat.size,
          mtimeMs: stat.mtimeMs,
          modifiedAt: stat.mtime.toISOString(),
          mimeType: detectMimeType(head, absolute),
          ...(edited ? { textStatus: 'pending' as const, textReason: undefined } : {}),
        });
      }
      if (!changed) continue;
      if (versions.length === 0) removed.push(doc.id);
      else {
        const current = versions.some((v) => v.id === doc.currentVersionId) ? doc.currentVersionId : versions[versions.length - 1].id;
        upserted.push({ ...doc, versions, currentVersionId: current, updatedAt: ctx.now().toISOString() });
      }
    }
    for (const file of await unindexedFiles(ctx, known)) upserted.push(await adopt(ctx, file));
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

/** Indexes a file someone put into the library folder, where it is. */
async function adopt(ctx: LibraryContext, absolute: string): Promise<LibraryDocument> {
  const stat = await fs.promises.stat(absolute);
  const { sha256, head } = await hashFile(absolute);
  const name = path.basename(absolute);
  const topFolder = ctx.layout.relative(absolute).split('/')[0];
  const kindFromFolder = (Object.keys(KIND_FOLDERS) as Array<keyof typeof KIND_FOLDERS>).find((k) => KIND_FOLDERS[k] === topFolder);
  const now = ctx.now().toISOString();
  const version: DocumentVersion = {
    id: newId(),
    file: ctx.layout.relative(absolute),
    originalName: name,
    sha256,
    size: stat.size,
    mimeType: detectMimeType(head, name),
    addedAt: now,
    modifiedAt: stat.mtime.toISOString(),
    mtimeMs: stat.mtimeMs,
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
