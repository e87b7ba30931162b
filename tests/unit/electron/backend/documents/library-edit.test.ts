import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLogSink } from '../../../../../electron/backend/log';
import type { LibraryDocument } from '../../../../../shared/contract';
import { libraryHarness } from '../../../../support/library';

let h: ReturnType<typeof libraryHarness>;
beforeEach(() => {
  setLogSink(() => undefined);
  h = libraryHarness();
});
afterEach(async () => h.cleanup());

async function addOne(name = 'Resume.txt', content = 'Warehouse lead with forklift certificate') {
  const report = await h.importPaths([h.source(name, content)]);
  const added = report.outcomes[0];
  if (added.status !== 'added') throw new Error(`not added: ${JSON.stringify(added)}`);
  return h.call<LibraryDocument>('documents-get', { id: added.documentId });
}

describe('versions', () => {
  it('adds a file as a new current version, keeping the old one', async () => {
    const doc = await addOne();
    const report = await h.importPaths([h.source('Resume v2.txt', 'Warehouse lead, updated')], { versionOf: doc.id });
    expect(report.outcomes[0]).toMatchObject({ status: 'added', documentId: doc.id });
    const after = await h.call<LibraryDocument>('documents-get', { id: doc.id });
    expect(after.versions).toHaveLength(2);
    expect(after.currentVersionId).toBe(after.versions[1].id);
    for (const v of after.versions) expect(fs.existsSync(path.join(h.libraryDir, v.file))).toBe(true);
  });

  it('saves a labelled version based on another, as its own file, and restores an older one', async () => {
    const doc = await addOne();
    const tailored = await h.call<LibraryDocument>('documents-version-create', { id: doc.id, basedOn: doc.currentVersionId, label: 'Forklift operator' });
    const newest = tailored.versions[1];
    expect(newest).toMatchObject({ label: 'Forklift operator', basedOn: doc.currentVersionId, sha256: doc.versions[0].sha256 });
    expect(path.basename(newest.file)).toBe('Resume - Forklift operator.txt');
    expect(tailored.currentVersionId).toBe(newest.id);
    const restored = await h.call<LibraryDocument>('documents-version-restore', { id: doc.id, versionId: doc.versions[0].id });
    expect(restored.currentVersionId).toBe(doc.versions[0].id);
  });
});

describe('editing and deleting', () => {
  it('changes title, tags and notes, and moves the file when the kind changes', async () => {
    const doc = await addOne();
    const next = await h.call<LibraryDocument>('documents-update', { id: doc.id, title: 'My resume', tags: ['warehouse', 'Warehouse', 'forklift'], notes: 'Sent to Acme', kind: 'cover-letter' });
    expect(next).toMatchObject({ title: 'My resume', tags: ['warehouse', 'forklift'], notes: 'Sent to Acme', kind: 'cover-letter' });
    expect(next.versions[0].file).toBe('Cover letters/Resume.txt');
    expect(fs.existsSync(path.join(h.libraryDir, 'Cover letters', 'Resume.txt'))).toBe(true);
    expect(fs.existsSync(path.join(h.libraryDir, 'Resumes', 'Resume.txt'))).toBe(false);
  });

  it('deletes to a place Undo can bring it back from, unchanged', async () => {
    const doc = await addOne();
    const { undoToken } = await h.call<{ undoToken: string }>('documents-delete', { id: doc.id });
    expect(await h.list()).toEqual([]);
    expect(fs.existsSync(path.join(h.libraryDir, 'Resumes', 'Resume.txt'))).toBe(false);
    const back = await h.call<LibraryDocument>('documents-delete-undo', { undoToken });
    expect(back.id).toBe(doc.id);
    expect(fs.readFileSync(path.join(h.libraryDir, 'Resumes', 'Resume.txt'), 'utf8')).toBe('Warehouse lead with forklift certificate');
    await expect(h.call('documents-delete-undo', { undoToken })).rejects.toThrow(/can no longer be brought back/);
  });

  it('sends deleted files to the system trash at the next start', async () => {
    const doc = await addOne();
    const { undoToken } = await h.call<{ undoToken: string }>('documents-delete', { id: doc.id });
    expect(h.host.calls.filter(([what]) => what === 'trash')).toEqual([]);
    await h.restart();
    await h.list();
    expect(h.host.calls).toContainEqual(['trash', path.join(h.libraryDir, '.career-organizer', 'trash', undoToken)]);
  });
});

describe('changes made outside the app', () => {
  it('picks up an edited file, a removed file and a new file at start-up', async () => {
    const edited = await addOne('Edited.txt', 'first words');
    const removed = await addOne('Removed.txt', 'to be removed');
    await h.backend.close();
    fs.writeFileSync(path.join(h.libraryDir, 'Documents', 'Edited.txt'), 'second words, much longer now');
    fs.rmSync(path.join(h.libraryDir, 'Documents', 'Removed.txt'));
    fs.mkdirSync(path.join(h.libraryDir, 'Resumes'), { recursive: true });
    fs.writeFileSync(path.join(h.libraryDir, 'Resumes', 'Dropped in.txt'), 'dropped by the file manager');
    await h.restart();
    const docs = await h.list();
    expect(docs.map((d) => d.title).sort()).toEqual(['Dropped in', 'Edited']);
    const after = docs.find((d) => d.id === edited.id)!;
    expect(after.versions[0].size).toBe('second words, much longer now'.length);
    expect(after.versions[0].sha256).not.toBe(edited.versions[0].sha256);
    expect(docs.find((d) => d.id === removed.id)).toBeUndefined();
    expect(docs.find((d) => d.title === 'Dropped in')?.kind).toBe('resume');
    await h.idle();
    expect((await h.search('longer'))[0]?.documentId).toBe(edited.id);
  });

  it('rebuilds a lost index from the files in the folder', async () => {
    await addOne('One.txt', 'alpha');
    await addOne('Two.txt', 'beta');
    await h.backend.close();
    for (const f of ['index.json', 'journal.ndjson', 'search.json']) fs.rmSync(path.join(h.libraryDir, '.career-organizer', f), { force: true });
    await h.restart();
    expect((await h.list()).map((d) => d.title).sort()).toEqual(['One', 'Two']);
  });

  it('notices changes while it runs (watcher)', async () => {
    const { startTestBackend } = await import('../../../../support/backend');
    await h.backend.close();
    const watched = startTestBackend(path.join(h.root, 'data'), undefined, { watchLibrary: true });
    const changes: string[] = [];
    watched.onPush((e) => {
      if (e.name === 'documents-changed') changes.push(...(e.payload as { upserted: LibraryDocument[] }).upserted.map((d) => d.title));
    });
    await watched.dispatch({ id: 1, name: 'documents-list', args: {} });
    await new Promise((r) => setTimeout(r, 300));
    fs.mkdirSync(path.join(h.libraryDir, 'Documents'), { recursive: true });
    fs.writeFileSync(path.join(h.libraryDir, 'Documents', 'Certificate.txt'), 'forklift certificate');
    for (let i = 0; i < 60 && !changes.includes('Certificate'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(changes).toContain('Certificate');
    await watched.close();
  }, 15_000);
});

describe('persistence and search', () => {
  it('keeps everything across a restart and finds text without reading files again', async () => {
    const doc = await addOne('Cover letter Acme.txt', 'Dear hiring manager, I operate forklifts safely.');
    await h.idle();
    expect((await h.search('forklifts'))[0]).toMatchObject({ documentId: doc.id, snippet: expect.stringContaining('forklifts') });
    await h.restart();
    const hits = await h.search('forklif');
    expect(hits[0]?.documentId).toBe(doc.id);
    const [again] = await h.list();
    expect(again.versions[0].textStatus).toBe('has-text');
  });
});

describe('kind suggested from the words inside', () => {
  it('suggests Cover letter for a letter added to Documents, and forgets it once the user answers', async () => {
    const report = await h.importPaths([h.source('Acme.txt', 'Dear Hiring Manager,\n\nI am writing to apply for the warehouse lead position.\n\nSincerely,\nSam')], { kind: 'other' });
    const id = (report.outcomes[0] as { documentId: string }).documentId;
    await h.idle();
    expect(await h.call<LibraryDocument>('documents-get', { id })).toMatchObject({ kind: 'other', suggestedKind: 'cover-letter' });
    const kept = await h.call<LibraryDocument>('documents-update', { id, dismissSuggestion: true });
    expect(kept.suggestedKind).toBeUndefined();
    expect(kept.kind).toBe('other');
  });
});
