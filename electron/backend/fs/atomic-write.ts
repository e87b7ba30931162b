import { randomBytes } from 'node:crypto';
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';

// Writes that survive a crash or power cut at any moment (ARCHITECTURE.md, Conventions 4):
// the new content goes to a temp file beside the target and is renamed over it, which file
// systems do atomically within one folder. Afterwards the folder is fsynced too, so that the
// rename itself is on disk (Actual's atomic-write leaves this out).

// Windows reports a rename over a file another program holds open (Word, an antivirus scan,
// the search indexer, a sync client) as one of these; they usually clear within a second.
const LOCKED = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RETRY_DELAYS_MS = [50, 100, 200, 400, 800];

// Folders some file systems refuse to fsync (network shares, FUSE, some container mounts).
// There durability is the best the platform offers, and the write itself did succeed.
const DIR_FSYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EISDIR', 'EPERM', 'EACCES', 'EBADF']);

// `.<base>.<12 hex>.tmp` — a leading dot keeps it out of sight in file managers.
const TEMP_NAME = /^\..*\.[0-9a-f]{12}\.tmp$/su;
// Keeps the temp name under the 255-byte limit even for targets with long names.
const MAX_TEMP_BASE_BYTES = 120;

// Writes to one target run one after another, so the last call's content is what stays.
const queues = new Map<string, Promise<unknown>>();

/** Replaces `target` so that a crash at any moment leaves either the old or the new content, never a mix. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const key = path.resolve(target);
  const previous = queues.get(key) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(() => writeNow(key, data));
  queues.set(key, current);
  try {
    await current;
  } finally {
    if (queues.get(key) === current) queues.delete(key);
  }
}

async function writeNow(target: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, tempName(path.basename(target)));
  // Keep the permissions of the file being replaced (a user may have made it read-only for others).
  const mode = await fs.stat(target).then((s) => s.mode & 0o777, () => 0o666);
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncDir(dir);
}

/** Renames, retrying briefly while Windows reports the file as locked by another program. */
export async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !LOCKED.has(errorCode(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Flushes a folder's entries (new names, renames) to disk; a no-op on Windows, which cannot open folders for it. */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!DIR_FSYNC_UNSUPPORTED.has(errorCode(error))) throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** True for the temp names writeFileAtomic uses, so start-up recovery can remove leftovers of a crash. */
export function isAtomicTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

function tempName(base: string): string {
  let short = '';
  for (const char of base) {
    if (Buffer.byteLength(short + char) > MAX_TEMP_BASE_BYTES) break;
    short += char;
  }
  return `.${short}.${randomBytes(6).toString('hex')}.tmp`;
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}
