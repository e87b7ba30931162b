import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLogSink } from '../../../../../electron/backend/log';
import type { LibraryDocument, Settings } from '../../../../../shared/contract';
import { libraryHarness } from '../../../../support/library';

// Data-safety cases found in review: each would lose a user's details or files if it regressed.
let h: ReturnType<typeof libraryHarness>;
beforeEach(() => {
  setLogSink(() => undefined);
  h = libraryHarness();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await h.cleanup();
});

async function addOne(name: string, content: string): Promise<LibraryDocument> {
  const report = await h.importPaths([h.source(name, content)]);
  const added = report.outcomes[0];
  if (added.status !== 'added') throw new Error(JSON.stringify(added));
  return h.call<LibraryDocument>('documents-get', { id: added.documentId });
}

describe('the library keeps users’ details and files', () => {
  it('keeps a document, its id, title, tags and notes when its file is renamed or moved outside the app', async () => {
    const doc = await addOne('Resume.txt', 'warehouse lead');
    await h.call('documents-update', { id: doc.id, title: 'My best resume', tags: ['warehouse'], notes: 'Sent to Acme' });
    await h.backend.close();
    fs.mkdirSync(path.join(h.libraryDir, 'Documents'), { recursive: true });
    fs.renameSync(path.join(h.libraryDir, 'Resumes', 'Resume.txt'), path.join(h.libraryDir, 'Documents', 'Resume 2024.txt'));
    await h.restart();
    const docs = await h.list();
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ id: doc.id, title: 'My best resume', tags: ['warehouse'], notes: 'Sent to Acme' });
    expect(docs[0].versions[0].file).toBe('Documents/Resume 2024.txt');
  });

  it('keeps documents whose whole folder is missing for now (a drive not plugged in, a sync not finished)', async () => {
    const doc = await addOne('Resume.txt', 'warehouse lead');
    await h.backend.close();
    fs.renameSync(path.join(h.libraryDir, 'Resumes'), path.join(h.root, 'Resumes-away'));
    await h.restart();
    expect((await h.list()).map((d) => d.id)).toEqual([doc.id]);
  });

  it('refuses to move into a folder whose "Career Organizer" folder holds another library, and leaves both alone', async () => {
    await addOne('Resume.txt', 'mine');
    const other = path.join(h.root, 'Dropbox', 'Career Organizer');
    fs.mkdirSync(path.join(other, '.career-organizer'), { recursive: true });
    fs.mkdirSync(path.join(other, 'Resumes'));
    fs.writeFileSync(path.join(other, 'Resumes', 'Resume.txt'), 'theirs');
    await expect(h.call('settings-set-library-dir', { path: path.join(h.root, 'Dropbox') })).rejects.toThrow(/another Career Organizer library/);
    expect(fs.readFileSync(path.join(other, 'Resumes', 'Resume.txt'), 'utf8')).toBe('theirs');
    expect(fs.readFileSync(path.join(h.libraryDir, 'Resumes', 'Resume.txt'), 'utf8')).toBe('mine');
    // A refused move does not block the next one.
    const settings = await h.call<Settings>('settings-set-library-dir', { path: path.join(h.root, 'Fresh') });
    expect(settings.libraryDir).toBe(path.join(h.root, 'Fresh'));
  });

  it('makes calls that arrive during a move wait for the library at its new place', async () => {
    await addOne('Resume.txt', 'mine');
    const moving = h.call<Settings>('settings-set-library-dir', { path: path.join(h.root, 'Moved') });
    const listed = h.list();
    await moving;
    expect(await listed).toHaveLength(1);
    expect(fs.existsSync(path.join(h.libraryDir, '.career-organizer'))).toBe(false);
  });

  it('puts back what it moved when one file of a document is locked, and says what to do', async () => {
    const doc = await addOne('Resume.txt', 'version one');
    await h.importPaths([h.source('Resume v2.txt', 'version two')], { versionOf: doc.id });
    const rename = fsp.rename.bind(fsp);
    vi.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
      if (String(from).endsWith('Resume v2.txt')) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      return rename(from, to);
    });
    await expect(h.call('documents-delete', { id: doc.id })).rejects.toThrow(/open in another program.*Close it there/);
    await expect(h.call('documents-update', { id: doc.id, kind: 'other' })).rejects.toThrow(/open in another program/);
    vi.restoreAllMocks();
    const after = await h.call<LibraryDocument>('documents-get', { id: doc.id });
    expect(after.versions).toHaveLength(2);
    expect(after.kind).toBe('resume');
    for (const v of after.versions) expect(fs.existsSync(path.join(h.libraryDir, v.file)), v.file).toBe(true);
  }, 20_000);

  it('still reads the text of files whose kind is changed right after they are added', async () => {
    const report = await h.importPaths([h.source('a.txt', 'alpha forklift'), h.source('b.txt', 'beta forklift')]);
    for (const o of report.outcomes) if (o.status === 'added') await h.call('documents-update', { id: o.documentId, kind: 'cover-letter' });
    await h.idle();
    const docs = await h.list();
    expect(docs.map((d) => d.versions[0].textStatus)).toEqual(['has-text', 'has-text']);
    expect(await h.search('forklift')).toHaveLength(2);
  });

  it('reads the text of a version made from one whose text was still waiting', async () => {
    const report = await h.importPaths([h.source('Resume.txt', 'forklift operator')]);
    const added = report.outcomes[0] as { documentId: string; versionId: string };
    await h.call('documents-version-create', { id: added.documentId, basedOn: added.versionId, label: 'Warehouse' });
    await h.idle();
    const doc = await h.call<LibraryDocument>('documents-get', { id: added.documentId });
    expect(doc.versions.map((v) => v.textStatus)).toEqual(['has-text', 'has-text']);
    expect((await h.search('forklift'))[0]?.documentId).toBe(added.documentId);
  });

  it('after a power cut, flags a just-added file that did not reach the disk whole', async () => {
    const doc = await addOne('Resume.txt', 'a complete resume text');
    // As if the machine lost power: the app never closed, and the file came back short.
    await h.backend.dispatch({ id: 1, name: 'documents-list', args: {} });
    fs.copyFileSync(path.join(h.libraryDir, '.career-organizer', 'open.lock'), path.join(h.root, 'lock'));
    await h.backend.close();
    fs.copyFileSync(path.join(h.root, 'lock'), path.join(h.libraryDir, '.career-organizer', 'open.lock'));
    fs.copyFileSync(path.join(h.libraryDir, '.career-organizer', 'index.json'), path.join(h.root, 'snapshot'));
    fs.writeFileSync(path.join(h.libraryDir, '.career-organizer', 'index.json'), JSON.stringify({ format: 1, documents: [] }));
    fs.writeFileSync(path.join(h.libraryDir, '.career-organizer', 'journal.ndjson'), `${JSON.stringify({ op: 'put', doc })}\n`);
    fs.writeFileSync(path.join(h.libraryDir, 'Resumes', 'Resume.txt'), 'a compl');
    await h.restart();
    const [after] = await h.list();
    expect(after.versions[0]).toMatchObject({ textStatus: 'failed', textReason: expect.stringMatching(/finished saving.*Add it again/) });
  });
});
