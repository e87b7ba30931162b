import fs from 'node:fs/promises';
import path from 'node:path';
import { LibraryDocumentSchema, type LibraryDocument } from '../../../shared/contract';
import { UserError } from '../errors';
import { renameWithRetry, writeFileAtomic } from '../fs/atomic-write';
import { logError } from '../log';
import type { LibraryContext } from './context';
import { requireDoc } from './edits';
import { newId } from './ids';
import { moveIntoFolder } from './place';

/** How long a deleted document can be brought back before its files go to the system trash. */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;

const RECORD = 'document.json';

/**
 * Deletes a document in two steps, so that Undo always works: its files first move into
 * the library's own trash folder (with a record of where they were); after the undo window,
 * or at the next start, they go to the system trash (browser mode: the data folder's Trash).
 */
export function deleteDocument(ctx: LibraryContext, id: string): Promise<{ undoToken: string }> {
  return ctx.queue.run(async () => {
    const doc = requireDoc(ctx, id);
    const token = newId();
    const folder = path.join(ctx.layout.trash, token);
    await fs.mkdir(folder, { recursive: true });
    await writeFileAtomic(path.join(folder, RECORD), JSON.stringify(doc));
    const moves = doc.versions.flatMap((version, index) => {
      const from = ctx.layout.resolve(version.file);
      return from ? [{ from, to: path.join(folder, `${index}`) }] : [];
    });
    await moveAllOrNone(moves, doc.title);
    for (const { from } of moves) ctx.folderNames.delete(path.dirname(from)); // their names are free again
    await ctx.commit([], [doc.id]);
    setTimeout(() => void expire(ctx, token), UNDO_WINDOW_MS).unref();
    return { undoToken: token };
  });
}

/** Brings a deleted document back where it was (or beside it, if another file took its name). */
export function undoDelete(ctx: LibraryContext, token: string): Promise<LibraryDocument> {
  return ctx.queue.run(async () => {
    if (!/^[A-Za-z0-9_-]+$/.test(token)) throw new UserError(TOO_LATE);
    const folder = path.join(ctx.layout.trash, token);
    const record = LibraryDocumentSchema.safeParse(JSON.parse(await fs.readFile(path.join(folder, RECORD), 'utf8').catch(() => 'null')));
    if (!record.success) throw new UserError(TOO_LATE);
    const doc = record.data;
    const versions = [];
    for (const [index, version] of doc.versions.entries()) {
      const original = ctx.layout.resolve(version.file);
      const kept = path.join(folder, `${index}`);
      if (!original || !(await exists(kept))) continue;
      const back = await moveIntoFolder(ctx, kept, path.dirname(original), path.basename(original));
      ctx.placing.delete(back);
      versions.push({ ...version, file: ctx.layout.relative(back) });
    }
    if (versions.length === 0) throw new UserError(TOO_LATE);
    const restored: LibraryDocument = {
      ...doc,
      versions,
      currentVersionId: versions.some((v) => v.id === doc.currentVersionId) ? doc.currentVersionId : versions[versions.length - 1].id,
    };
    await ctx.commit([restored], []);
    await fs.rm(folder, { recursive: true, force: true });
    return restored;
  });
}

/** Sends every deleted document whose undo window has passed (all of them at start-up) to the system trash. */
export async function expireAll(ctx: LibraryContext): Promise<void> {
  const tokens = await fs.readdir(ctx.layout.trash).catch(() => [] as string[]);
  for (const token of tokens) await expire(ctx, token);
}

async function expire(ctx: LibraryContext, token: string): Promise<void> {
  const folder = path.join(ctx.layout.trash, token);
  if (!(await exists(folder))) return;
  try {
    await ctx.host.trash(folder);
  } catch (err) {
    logError('moving a deleted document to the system trash', err);
  }
}

const TOO_LATE = 'This document can no longer be brought back here. Look for it in your computer’s trash or recycle bin.';

async function exists(target: string): Promise<boolean> {
  return fs.access(target).then(
    () => true,
    () => false,
  );
}

/**
 * Moves every file, or — when one can't be moved (open in Word on Windows, say) — puts
 * back the ones already moved and says what to do. A document never loses half its versions.
 */
export async function moveAllOrNone(moves: Array<{ from: string; to: string }>, title: string): Promise<void> {
  const done: Array<{ from: string; to: string }> = [];
  for (const move of moves) {
    try {
      await renameWithRetry(move.from, move.to);
      done.push(move);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue; // already gone: nothing to move
      for (const back of done.reverse()) await renameWithRetry(back.to, back.from).catch((e: unknown) => logError('putting a file back', e));
      throw new UserError(`“${title}” is open in another program, or its file is locked. Close it there, then try again.`);
    }
  }
}
