import fs from 'node:fs';
import path from 'node:path';
import type { DocumentKind, LibraryDocument } from '../../../shared/contract';
import { UserError } from '../errors';
import { currentVersion, type LibraryContext } from './context';
import { stageFile } from './ingest';
import { KIND_FOLDERS } from './kinds';
import { freePathIn, placeStaged } from './place';
import { moveAllOrNone } from './trash';
import { splitExtension } from './safe-name';

const GONE = 'That document is no longer in your library. It may have been deleted in another window.';

/** The document with this id, or a plain error. */
export function requireDoc(ctx: LibraryContext, id: string): LibraryDocument {
  const doc = ctx.docs.get(id);
  if (!doc) throw new UserError(GONE);
  return doc;
}

export interface DocumentPatch {
  title?: string;
  kind?: DocumentKind;
  tags?: string[];
  notes?: string;
  dismissSuggestion?: true;
}

/** Changes title, tags, notes or kind. A new kind moves the files to that kind's folder. */
export function updateDocument(ctx: LibraryContext, id: string, patch: DocumentPatch): Promise<LibraryDocument> {
  return ctx.queue.run(async () => {
    let doc = requireDoc(ctx, id);
    const moving = Boolean(patch.kind && patch.kind !== doc.kind);
    if (patch.kind && moving) doc = await moveToKind(ctx, doc, patch.kind);
    const tags = patch.tags ? uniqueTags(patch.tags) : doc.tags;
    const next: LibraryDocument = {
      ...doc,
      title: patch.title ?? doc.title,
      tags,
      notes: patch.notes ?? doc.notes,
      updatedAt: ctx.now().toISOString(),
    };
    // Choosing a kind, or keeping this one, answers the suggestion.
    if (patch.kind || patch.dismissSuggestion) delete next.suggestedKind;
    await ctx.commit([next], []);
    if (moving) {
      for (const v of next.versions) {
        const absolutePath = ctx.layout.resolve(v.file);
        ctx.placing.delete(absolutePath ?? '');
        // Text still waiting to be read is read from the file's new place.
        if (v.textStatus === 'pending' && absolutePath) ctx.text.enqueue({ documentId: next.id, versionId: v.id, absolutePath, mimeType: v.mimeType, sha256: v.sha256 });
      }
    }
    return next;
  });
}

/** Tags without repeats, ignoring case; the first spelling the user typed wins. */
function uniqueTags(tags: string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const key = tag.trim().toLocaleLowerCase();
    if (key && !seen.has(key)) seen.set(key, tag.trim());
  }
  return [...seen.values()];
}

async function moveToKind(ctx: LibraryContext, doc: LibraryDocument, kind: DocumentKind): Promise<LibraryDocument> {
  const folder = path.join(ctx.layout.root, KIND_FOLDERS[kind]);
  const moves: Array<{ from: string; to: string }> = [];
  const versions = [];
  for (const version of doc.versions) {
    const from = ctx.layout.resolve(version.file);
    if (!from || !fs.existsSync(from)) {
      versions.push(version);
      continue;
    }
    const to = await freePathIn(ctx, folder, path.basename(from));
    ctx.placing.add(to);
    moves.push({ from, to });
    versions.push({ ...version, file: ctx.layout.relative(to) });
  }
  await moveAllOrNone(moves, doc.title);
  for (const { from } of moves) ctx.folderNames.delete(path.dirname(from)); // their names are free again
  ctx.dirtyFolders.add(folder);
  return { ...doc, kind, versions };
}

/** Copies a version into a new, labelled current version (a tailored resume), to be edited outside the app. */
export async function createVersion(ctx: LibraryContext, id: string, basedOn: string, label: string): Promise<LibraryDocument> {
  const source = requireDoc(ctx, id).versions.find((v) => v.id === basedOn);
  const from = source && ctx.layout.resolve(source.file);
  if (!source || !from) throw new UserError('That version is no longer there. Choose another one.');
  const staged = await stageFile(fs.createReadStream(from), ctx.layout.temp, Number.MAX_SAFE_INTEGER);
  try {
    return await ctx.queue.run(async () => {
      const doc = requireDoc(ctx, id);
      const [, ext] = splitExtension(path.basename(from));
      const name = `${doc.title} - ${label}${ext}`;
      const { version, absolutePath } = await placeStaged(ctx, staged, doc.kind, name, { label, basedOn });
      const next: LibraryDocument = { ...doc, versions: [...doc.versions, { ...version, textStatus: source.textStatus, textReason: source.textReason }], currentVersionId: version.id, updatedAt: ctx.now().toISOString() };
      await ctx.commit([next], []);
      ctx.placing.delete(absolutePath);
      if (source.textStatus === 'pending') ctx.text.enqueue({ documentId: id, versionId: version.id, absolutePath, mimeType: version.mimeType, sha256: version.sha256 });
      return next;
    });
  } finally {
    await fs.promises.rm(staged.tempPath, { force: true });
  }
}

/** Makes an older version the one shown and sent by default. */
export function restoreVersion(ctx: LibraryContext, id: string, versionId: string): Promise<LibraryDocument> {
  return ctx.queue.run(async () => {
    const doc = requireDoc(ctx, id);
    if (!doc.versions.some((v) => v.id === versionId)) throw new UserError('That version is no longer there. Choose another one.');
    const next = { ...doc, currentVersionId: versionId, updatedAt: ctx.now().toISOString() };
    await ctx.commit([next], []);
    return next;
  });
}

/** The absolute path of a document's version, checked to lie inside the library. */
export function versionPath(ctx: LibraryContext, id: string, versionId?: string): { absolutePath: string; mimeType: string; name: string } | null {
  const doc = ctx.docs.get(id);
  if (!doc) return null;
  const version = versionId ? doc.versions.find((v) => v.id === versionId) : currentVersion(doc);
  const absolutePath = version && ctx.layout.resolve(version.file);
  if (!version || !absolutePath) return null;
  return { absolutePath, mimeType: version.mimeType, name: path.basename(absolutePath) };
}
