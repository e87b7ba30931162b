import fs from 'node:fs/promises';
import path from 'node:path';

/** Files a system or sync tool makes that a user never means to import. */
const SYSTEM_FILES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini', '.localized', 'icon\r']);

export interface FoundFile {
  /** Absolute path to read. */
  path: string;
  /** The name to show: the file name, with its folder path when it came from a dropped folder. */
  name: string;
}

export interface SkippedItem {
  name: string;
  reason: string;
}

/**
 * Expands dropped paths into the files to import: folders are walked (hidden and system
 * files left out, links inside folders not followed, so a link loop can't trap us).
 * Stops at `limit` files and reports the rest as skipped.
 */
export async function expandPaths(paths: string[], limit: number): Promise<{ files: FoundFile[]; skipped: SkippedItem[] }> {
  const files: FoundFile[] = [];
  const skipped: SkippedItem[] = [];
  const visit = async (target: string, name: string, topLevel: boolean): Promise<void> => {
    let stat;
    try {
      stat = topLevel ? await fs.stat(target) : await fs.lstat(target);
    } catch {
      skipped.push({ name, reason: 'We couldn’t find this file. It may have been moved or deleted.' });
      return;
    }
    if (stat.isSymbolicLink()) return; // inside a dropped folder: not followed
    if (stat.isDirectory()) {
      let entries: string[];
      try {
        entries = (await fs.readdir(target)).sort((a, b) => a.localeCompare(b));
      } catch {
        skipped.push({ name, reason: 'We couldn’t open this folder. Check that you are allowed to read it.' });
        return;
      }
      for (const entry of entries) {
        if (entry.startsWith('.') || SYSTEM_FILES.has(entry.toLowerCase())) continue;
        await visit(path.join(target, entry), `${name}/${entry}`, false);
      }
      return;
    }
    if (!stat.isFile()) {
      skipped.push({ name, reason: 'This is not a normal file, so it can’t be added.' });
      return;
    }
    if (files.length >= limit) {
      skipped.push({ name, reason: `Only ${limit} files can be added at once. Add the rest in another go.` });
      return;
    }
    files.push({ path: target, name });
  };
  for (const target of paths) await visit(target, path.basename(target), true);
  return { files, skipped };
}
