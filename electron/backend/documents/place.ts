import fs from 'node:fs/promises';
import path from 'node:path';
import type { DocumentKind, DocumentVersion } from '../../../shared/contract';
import { constants as fsConstants } from 'node:fs';
import { canExtract } from '../extract';
import type { LibraryContext } from './context';
import { detectMimeType } from './file-type';
import { newId } from './ids';
import type { StagedFile } from './ingest';
import { KIND_FOLDERS } from './kinds';
import { safeFileName, uniqueFileName } from './safe-name';

const key = (name: string) => name.normalize('NFC').toLowerCase();

/**
 * The names taken in a folder, read once and then kept up to date as we place files
 * (reading a folder of thousands of files for every import would be quadratic).
 */
async function takenNames(ctx: LibraryContext, folder: string): Promise<Set<string>> {
  let taken = ctx.folderNames.get(folder);
  if (!taken) {
    await fs.mkdir(folder, { recursive: true });
    taken = new Set((await fs.readdir(folder)).map(key));
    ctx.folderNames.set(folder, taken);
  }
  return taken;
}

/** A free, safe, human-readable path for `name` in `folder` (compared the way Windows and macOS do). */
export async function freePathIn(ctx: LibraryContext, folder: string, name: string): Promise<string> {
  const taken = await takenNames(ctx, folder);
  const free = await uniqueFileName(safeFileName(name), async (candidate) => taken.has(key(candidate)));
  taken.add(key(free));
  return path.join(folder, free);
}

/**
 * Moves a file into `folder` under a free name without ever replacing a file that is there
 * (another program may have just made one): a hard link fails rather than overwrite.
 */
export async function moveIntoFolder(ctx: LibraryContext, from: string, folder: string, name: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const destination = await freePathIn(ctx, folder, name);
    ctx.placing.add(destination);
    try {
      await placeWithoutReplacing(from, destination);
    } catch (err) {
      ctx.placing.delete(destination);
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      ctx.folderNames.delete(folder); // another program added files: read the folder again
      continue;
    }
    ctx.dirtyFolders.add(folder);
    return destination;
  }
  throw new Error(`No free name for ${name} in ${folder}`);
}

/**
 * Puts `from` at `destination`, failing with EEXIST rather than replacing a file there: a
 * hard link where the drive has them, else an exclusive copy (FAT and some network drives).
 */
async function placeWithoutReplacing(from: string, destination: string): Promise<void> {
  try {
    await fs.link(from, destination);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw err;
    await fs.copyFile(from, destination, fsConstants.COPYFILE_EXCL);
  }
  await fs.unlink(from);
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
  const mimeType = detectMimeType(staged.head, name);
  const version: DocumentVersion = {
    id: newId(),
    file: ctx.layout.relative(destination),
    originalName: path.basename(name),
    sha256: staged.sha256,
    size: staged.size,
    mimeType,
    addedAt: now,
    modifiedAt: stat.mtime.toISOString(),
    mtimeMs: stat.mtimeMs,
    textStatus: canExtract(mimeType) ? 'pending' : 'unsupported',
    ...extra,
  };
  return { version, absolutePath: destination };
}
