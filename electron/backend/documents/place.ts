import fs from 'node:fs/promises';
import path from 'node:path';
import type { DocumentKind, DocumentVersion } from '../../../shared/contract';
import { fsyncDir, renameWithRetry } from '../fs/atomic-write';
import type { LibraryContext } from './context';
import { detectMimeType } from './file-type';
import { newId } from './ids';
import type { StagedFile } from './ingest';
import { KIND_FOLDERS } from './kinds';
import { safeFileName, uniqueFileName } from './safe-name';

/** A free, safe, human-readable path for `name` in `folder` (compared the way Windows and macOS do). */
export async function freePathIn(folder: string, name: string): Promise<string> {
  await fs.mkdir(folder, { recursive: true });
  const taken = new Set((await fs.readdir(folder)).map((n) => n.normalize('NFC').toLowerCase()));
  const free = await uniqueFileName(safeFileName(name), async (candidate) => taken.has(candidate.normalize('NFC').toLowerCase()));
  return path.join(folder, free);
}

/**
 * Moves a file into `folder` under a free name without ever replacing a file that is there
 * (another program may have just made one): a hard link fails rather than overwrite.
 */
export async function moveIntoFolder(ctx: LibraryContext, from: string, folder: string, name: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const destination = await freePathIn(folder, name);
    ctx.placing.add(destination);
    try {
      await fs.link(from, destination);
      await fs.unlink(from);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      // No hard links here (some network or FAT drives): fall back to a checked rename.
      await renameWithRetry(from, destination);
    }
    await fsyncDir(folder);
    return destination;
  }
  throw new Error(`No free name for ${name} in ${folder}`);
}

/**
 * Moves a staged file to its final place in the kind's folder and describes it as a version.
 * The destination is marked as "ours" until the caller commits, so the watcher leaves it alone.
 */
export async function placeStaged(
  ctx: LibraryContext,
  staged: StagedFile,
  kind: DocumentKind,
  name: string,
  extra: Pick<DocumentVersion, 'label' | 'basedOn'> = {},
): Promise<{ version: DocumentVersion; absolutePath: string }> {
  const destination = await moveIntoFolder(ctx, staged.tempPath, path.join(ctx.layout.root, KIND_FOLDERS[kind]), path.basename(name));
  const stat = await fs.stat(destination);
  const now = ctx.now().toISOString();
  const version: DocumentVersion = {
    id: newId(),
    file: ctx.layout.relative(destination),
    originalName: path.basename(name),
    sha256: staged.sha256,
    size: staged.size,
    mimeType: detectMimeType(staged.head, name),
    addedAt: now,
    modifiedAt: stat.mtime.toISOString(),
    mtimeMs: stat.mtimeMs,
    textStatus: 'pending',
    ...extra,
  };
  return { version, absolutePath: destination };
}
