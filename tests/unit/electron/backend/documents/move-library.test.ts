import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveLibrary } from '../../../../../electron/backend/documents/move-library';
import { setLogSink } from '../../../../../electron/backend/log';
import type { LibraryDocument, Settings } from '../../../../../shared/contract';
import { libraryHarness } from '../../../../support/library';

let h: ReturnType<typeof libraryHarness>;
beforeEach(() => {
  setLogSink(() => undefined);
  h = libraryHarness();
});
afterEach(async () => h.cleanup());

describe('moving the library to another folder', () => {
  it('moves every file and the index, and keeps working there', async () => {
    await h.importPaths([h.source('Resume.txt', 'forklift'), h.source('Letter.txt', 'dear hiring manager')]);
    const target = path.join(h.root, 'Elsewhere', 'My library');
    const settings = await h.call<Settings>('settings-set-library-dir', { path: target });
    expect(settings).toMatchObject({ libraryDir: target, libraryMove: null });
    expect(fs.existsSync(h.libraryDir)).toBe(false);
    const docs = await h.list();
    expect(docs).toHaveLength(2);
    for (const doc of docs) expect(fs.existsSync(path.join(target, doc.versions[0].file))).toBe(true);
    const report = await h.importPaths([h.source('More.txt', 'more')]);
    expect(report.outcomes[0].status).toBe('added');
    expect(fs.existsSync(path.join(target, 'Documents', 'More.txt'))).toBe(true);
  });

  it('goes into a "Career Organizer" folder inside a folder that already has files', async () => {
    await h.importPaths([h.source('Resume.txt', 'forklift')]);
    const busy = path.join(h.root, 'Dropbox');
    fs.mkdirSync(busy);
    fs.writeFileSync(path.join(busy, 'holiday.jpg'), 'x');
    const settings = await h.call<Settings>('settings-set-library-dir', { path: busy });
    expect(settings.libraryDir).toBe(path.join(busy, 'Career Organizer'));
    expect(fs.readFileSync(path.join(busy, 'holiday.jpg'), 'utf8')).toBe('x');
    expect(await h.list()).toHaveLength(1);
  });

  it('refuses a folder inside the library, and leaves everything where it was', async () => {
    await h.importPaths([h.source('Resume.txt', 'forklift')]);
    await expect(h.call('settings-set-library-dir', { path: path.join(h.libraryDir, 'Resumes', 'inner') })).rejects.toThrow(/inside the current one/);
    expect((await h.call<Settings>('settings-get')).libraryDir).toBe(h.libraryDir);
    expect(await h.list()).toHaveLength(1);
  });

  it('finishes a move that a crash cut short, without copying twice or losing a file', async () => {
    const from = path.join(h.root, 'old');
    const to = path.join(h.root, 'new');
    for (let i = 0; i < 20; i++) {
      fs.mkdirSync(path.join(from, 'Documents'), { recursive: true });
      fs.writeFileSync(path.join(from, 'Documents', `f${i}.txt`), `file ${i}`);
    }
    // An earlier run copied half, and left one partial copy behind.
    fs.mkdirSync(path.join(to, 'Documents'), { recursive: true });
    for (let i = 0; i < 10; i++) fs.copyFileSync(path.join(from, 'Documents', `f${i}.txt`), path.join(to, 'Documents', `f${i}.txt`));
    fs.writeFileSync(path.join(to, 'Documents', 'f10.txt.moving'), 'fi');
    // `to` already has files, which takes the resumable copy-then-delete path used across disks.
    await moveLibrary(from, to, () => undefined);
    for (let i = 0; i < 20; i++) expect(fs.readFileSync(path.join(to, 'Documents', `f${i}.txt`), 'utf8')).toBe(`file ${i}`);
    expect(fs.existsSync(from)).toBe(false);
  });

  it('resumes a recorded move at the next start', async () => {
    await h.importPaths([h.source('Resume.txt', 'forklift')]);
    const to = path.join(h.root, 'resumed');
    await h.backend.close();
    // As if the app stopped right after recording the move.
    const conf = JSON.parse(fs.readFileSync(path.join(h.root, 'data', 'settings.json'), 'utf8'));
    fs.writeFileSync(path.join(h.root, 'data', 'settings.json'), JSON.stringify({ ...conf, libraryMove: { from: h.libraryDir, to } }));
    await h.restart();
    const docs = await h.list();
    expect(docs.map((d: LibraryDocument) => d.title)).toEqual(['Resume']);
    expect(await h.call<Settings>('settings-get')).toMatchObject({ libraryDir: to, libraryMove: null });
    expect(fs.existsSync(path.join(to, 'Resumes', 'Resume.txt'))).toBe(true);
  });
});
