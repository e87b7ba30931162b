import type { PickedFile } from '../../../api/transport';

/** What a drop held, read while the drop event runs: browsers empty DataTransfer right after it. */
export interface DropSnapshot {
  /** Entries to walk (browser mode, where folders must be read here); null to use `files` as they are. */
  entries: FileSystemEntry[] | null;
  files: File[];
}

// Files a file manager leaves in folders; nobody means to import them.
const JUNK = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);

/**
 * Takes what is needed from a drop. The desktop sends paths, so a dropped folder's own
 * entry is enough (the backend walks it); browser mode must walk folders itself.
 */
export function snapshotDrop(data: DataTransfer, walkFolders: boolean): DropSnapshot {
  const files = Array.from(data.files ?? []);
  if (!walkFolders || !data.items) return { entries: null, files };
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null));
  if (entries.length === 0 || entries.some((entry) => entry === null)) return { entries: null, files };
  return { entries: entries as FileSystemEntry[], files };
}

/** Every file of a drop, folders walked to the bottom, each named by its path inside what was dropped. */
export async function collectDropped(snapshot: DropSnapshot): Promise<{ files: PickedFile[]; failed: boolean }> {
  if (!snapshot.entries) return { files: snapshot.files.map((file) => ({ file, name: file.name })), failed: false };
  const files: PickedFile[] = [];
  let failed = false;
  const visit = async (entry: FileSystemEntry, topLevel: boolean): Promise<void> => {
    try {
      if (entry.isFile) {
        if (!topLevel && JUNK.has(entry.name.toLowerCase())) return;
        const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
        files.push({ file, name: entry.fullPath.replace(/^\/+/, '') || entry.name });
      } else if (entry.isDirectory) {
        for (const child of await readAll(entry as FileSystemDirectoryEntry)) await visit(child, false);
      }
    } catch {
      failed = true; // an unreadable entry (permissions, removed meanwhile) must not stop the rest
    }
  };
  for (const entry of snapshot.entries) await visit(entry, true);
  return { files, failed };
}

/** A folder's entries; browsers hand them out in batches (Chromium: 100) until an empty one. */
async function readAll(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}
