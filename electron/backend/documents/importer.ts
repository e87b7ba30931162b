import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { ImportOptions, ImportOutcome, LibraryDocument } from '../../../shared/contract';
import { UserError } from '../errors';
import { logError } from '../log';
import { currentVersion, type LibraryContext } from './context';
import { newId } from './ids';
import { stageFile } from './ingest';
import { suggestKind, titleFromFileName } from './kinds';
import { placeStaged } from './place';

const EMPTY = 'This file is empty (0 bytes), so there is nothing to keep. Check that it was saved properly.';

/** The document already holding this exact content, if any. */
export function findByHash(ctx: LibraryContext, sha256: string): LibraryDocument | undefined {
  for (const doc of ctx.docs.values()) if (doc.versions.some((v) => v.sha256 === sha256)) return doc;
  return undefined;
}

/**
 * Brings one file into the library: copy and hash in one pass into the temp folder, then
 * (one at a time) skip it if the content is already there, else move it into place and
 * record it. A failure leaves the library as it was.
 */
export async function importOne(ctx: LibraryContext, source: Readable, name: string, options: ImportOptions, signal?: AbortSignal): Promise<ImportOutcome> {
  const limit = ctx.limitBytes();
  let staged;
  try {
    staged = await stageFile(source, ctx.layout.temp, limit, signal);
  } catch (err) {
    return { status: 'skipped', name, reason: readFailure(err) };
  }
  let placed: string | null = null;
  try {
    return await ctx.queue.run(async () => {
      if (staged.size === 0) return { status: 'skipped', name, reason: EMPTY } as const;
      const target = options.versionOf ? ctx.docs.get(options.versionOf) : undefined;
      if (options.versionOf && !target) throw new UserError('That document is no longer in your library.');
      const existing = findByHash(ctx, staged.sha256);
      if (existing && (!target || currentVersion(target).sha256 === staged.sha256 || existing.id !== target.id)) {
        return { status: 'duplicate', name, documentId: existing.id, title: existing.title } as const;
      }
      const kind = target?.kind ?? options.kind ?? suggestKind(name);
      const { version, absolutePath } = await placeStaged(ctx, staged, kind, name);
      placed = absolutePath;
      const now = ctx.now().toISOString();
      const doc: LibraryDocument = target
        ? { ...target, versions: [...target.versions, version], currentVersionId: version.id, updatedAt: now }
        : { id: newId(), kind, title: titleFromFileName(name), tags: [], notes: '', createdAt: now, updatedAt: now, currentVersionId: version.id, versions: [version] };
      await ctx.commit([doc], [], { batched: true });
      if (version.textStatus === 'pending') ctx.text.enqueue({ documentId: doc.id, versionId: version.id, absolutePath, mimeType: version.mimeType, sha256: version.sha256 });
      return { status: 'added', name, documentId: doc.id, versionId: version.id } as const;
    });
  } catch (err) {
    return { status: 'skipped', name, reason: readFailure(err) };
  } finally {
    if (placed) ctx.placing.delete(placed);
    await fs.promises.rm(staged.tempPath, { force: true });
  }
}

/** A plain-language reason for a file that could not be read or stored. */
function readFailure(err: unknown): string {
  if (err instanceof UserError) return err.message;
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'This file was moved or deleted while it was being added. Find it and add it again.';
  if (code === 'EACCES' || code === 'EPERM') return 'You don’t have permission to read this file. Copy it somewhere you can open it, then add it.';
  if (code === 'ENOSPC') return 'Your disk is full. Free some space, then add the file again.';
  if (code === 'ABORT_ERR' || (err as Error)?.name === 'AbortError') return 'Cancelled.';
  logError('import failed', err);
  return 'We couldn’t add this file. Try again, and if it keeps happening, copy the file somewhere else first.';
}
