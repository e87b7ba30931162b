import fs from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors';
import { fsyncDir } from '../fs/atomic-write';
import { isInside } from '../fs/safe-path';
import { META_DIR } from './layout';

const ANOTHER_LIBRARY = 'That folder already holds another Career Organizer library. Choose an empty folder, or make a new one.';

export interface MoveProgress {
  done: number;
  total: number;
}

/**
 * Where the library should go when the user picks `chosen`: the folder itself when it is
 * empty or new, else a "Career Organizer" folder inside it (people pick "Documents" or
 * "Dropbox" and expect the library to go in there, not to take it over).
 */
export async function libraryTargetFor(current: string, chosen: string): Promise<string> {
  const resolved = path.resolve(chosen);
  if (path.resolve(current) === resolved) return resolved;
  const entries = await visibleEntries(resolved);
  if (entries === null || entries.length === 0) return resolved;
  if (entries.includes(META_DIR)) throw new UserError(ANOTHER_LIBRARY);
  const inner = path.join(resolved, 'Career Organizer');
  const innerEntries = await visibleEntries(inner);
  if (innerEntries?.includes(META_DIR)) throw new UserError(ANOTHER_LIBRARY);
  if (innerEntries?.length) {
    throw new UserError('That folder already has a “Career Organizer” folder with files in it. Choose another folder, or make a new one.');
  }
  return inner;
}

/**
 * Moves the whole library folder from `from` to `to`. On the same disk it is one rename.
 * Across disks every file is copied (skipping those a cut-short earlier run already copied
 * whole), flushed, counted, and only then are the originals removed — so running it again
 * after a crash finishes the job and never loses a file.
 */
export async function moveLibrary(from: string, to: string, onProgress: (p: MoveProgress) => void): Promise<void> {
  const source = path.resolve(from);
  const target = path.resolve(to);
  if (source === target) return;
  if (isInside(source, target) || isInside(target, source)) {
    throw new UserError('The new folder can’t be inside the current one, or the other way round. Choose a folder somewhere else.');
  }
  if ((await visibleEntries(source)) === null) return; // nothing there yet: nothing to move
  const targetEntries = await visibleEntries(target);
  if (targetEntries === null || targetEntries.length === 0) {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.rmdir(target).catch(() => undefined);
    try {
      await fs.rename(source, target);
      await fsyncDir(path.dirname(target));
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    }
  }
  await copyTree(source, target, onProgress);
  await fs.rm(source, { recursive: true, force: true });
}

async function copyTree(source: string, target: string, onProgress: (p: MoveProgress) => void): Promise<void> {
  const files = await listFiles(source);
  let done = 0;
  for (const relative of files) {
    const from = path.join(source, relative);
    const to = path.join(target, relative);
    const [a, b] = await Promise.all([fs.stat(from), fs.stat(to).catch(() => null)]);
    if (!b || b.size !== a.size) {
      await fs.mkdir(path.dirname(to), { recursive: true });
      const partial = `${to}.moving`;
      await fs.copyFile(from, partial);
      const handle = await fs.open(partial, 'r+');
      await handle.sync().finally(() => handle.close());
      await fs.rename(partial, to);
    }
    onProgress({ done: ++done, total: files.length });
  }
  const copied = await listFiles(target);
  const missing = files.filter((f) => !copied.includes(f));
  if (missing.length) throw new UserError(`${missing.length} files could not be copied to the new folder. Your documents are still in the old folder.`);
}

/** Every file below `root`, relative, partial copies of an earlier run left out. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.endsWith('.moving'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

/** The names in a folder (hidden system files left out), or null when it does not exist. */
async function visibleEntries(dir: string): Promise<string[] | null> {
  try {
    const names = await fs.readdir(dir);
    return names.filter((n) => n !== '.DS_Store' && n !== 'desktop.ini' && n !== 'Thumbs.db');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') throw new UserError('That is a file, not a folder. Choose a folder.');
    throw err;
  }
}
