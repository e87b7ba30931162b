import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLogSink } from '../../../../../electron/backend/log';
import { libraryHarness } from '../../../../support/library';

let h: ReturnType<typeof libraryHarness>;
beforeEach(() => {
  setLogSink(() => undefined);
  h = libraryHarness();
});
afterEach(async () => h.cleanup());

const sha = (content: string) => import('node:crypto').then((c) => c.createHash('sha256').update(content).digest('hex'));

describe('importing into the library', () => {
  it('copies a file into its kind folder under a readable name and records it without absolute paths', async () => {
    const report = await h.importPaths([h.source('Jane Doe Resume.txt', 'Forklift operator, 5 years')]);
    expect(report.outcomes).toEqual([expect.objectContaining({ status: 'added', name: 'Jane Doe Resume.txt' })]);
    const [doc] = await h.list();
    expect(doc).toMatchObject({ kind: 'resume', title: 'Jane Doe Resume', tags: [], notes: '' });
    expect(doc.versions[0]).toMatchObject({ file: 'Resumes/Jane Doe Resume.txt', size: 26, sha256: await sha('Forklift operator, 5 years') });
    expect(fs.readFileSync(path.join(h.libraryDir, 'Resumes', 'Jane Doe Resume.txt'), 'utf8')).toBe('Forklift operator, 5 years');
    const index = fs.readFileSync(path.join(h.libraryDir, '.career-organizer', 'journal.ndjson'), 'utf8');
    expect(index).not.toContain(h.root);
    expect(fs.readdirSync(path.join(h.libraryDir, '.career-organizer', 'tmp'))).toEqual([]);
  });

  it('recognises identical content and says which document it matches', async () => {
    await h.importPaths([h.source('cv.txt', 'same words')]);
    const report = await h.importPaths([h.source('copy of cv.txt', 'same words')]);
    expect(report.outcomes[0]).toMatchObject({ status: 'duplicate', title: 'cv' });
    expect(await h.list()).toHaveLength(1);
  });

  it('refuses an empty file and one over the size limit, with advice, and stores nothing', async () => {
    await h.call('settings-set', { importLimitMb: 1 });
    const report = await h.importPaths([h.source('empty.pdf', ''), h.source('big.txt', Buffer.alloc(1024 * 1024 + 1, 65))]);
    expect(report.outcomes).toEqual([
      expect.objectContaining({ status: 'skipped', name: 'empty.pdf', reason: expect.stringMatching(/empty/) }),
      expect.objectContaining({ status: 'skipped', name: 'big.txt', reason: expect.stringMatching(/larger than 1 MB.*Settings/) }),
    ]);
    expect(await h.list()).toEqual([]);
    expect(fs.readdirSync(path.join(h.libraryDir, '.career-organizer', 'tmp'))).toEqual([]);
  });

  it('gives awkward names safe, readable file names', async () => {
    const names = ['CON.pdf', 'résumé – final (2).pdf', `${'x'.repeat(300)}.pdf`, 'a/b\\c:*?"<>|.pdf'];
    for (const [index, name] of names.entries()) {
      const bytes = new TextEncoder().encode(`%PDF-1.4 file ${index}`);
      const result = await h.backend.importBytes(bytes, { batchId: 'batch-names', name, index, total: names.length });
      expect(result.outcome.status, name).toBe('added');
    }
    const files = (await h.list()).map((d) => path.basename(d.versions[0].file));
    expect(files).toContain('résumé – final (2).pdf');
    expect(files.some((f) => /^CON.+\.pdf$/.test(f) && f !== 'CON.pdf')).toBe(true);
    for (const file of files) {
      expect(Buffer.byteLength(file)).toBeLessThanOrEqual(200);
      expect(file).not.toMatch(/[<>:"/\\|?*]/);
      expect(fs.existsSync(path.join(h.libraryDir, 'Resumes', file)) || fs.existsSync(path.join(h.libraryDir, 'Documents', file))).toBe(true);
    }
  });

  it('imports whole folders, leaving out hidden and system files and links inside them', async () => {
    h.source('folder/one.txt', 'one');
    h.source('folder/sub/two.md', 'two');
    h.source('folder/.hidden', 'secret');
    h.source('folder/Thumbs.db', 'x');
    fs.symlinkSync('/etc/hostname', path.join(h.sources, 'folder', 'link.txt'));
    const report = await h.importPaths([path.join(h.sources, 'folder')]);
    expect(report.outcomes.map((o) => [o.status, o.name]).sort()).toEqual([
      ['added', 'folder/one.txt'],
      ['added', 'folder/sub/two.md'],
    ]);
  });

  it('follows a dropped link to a file (the user pointed at that file)', async () => {
    const target = h.source('real.txt', 'linked content');
    const link = path.join(h.sources, 'shortcut.txt');
    fs.symlinkSync(target, link);
    const report = await h.importPaths([link]);
    expect(report.outcomes[0]).toMatchObject({ status: 'added' });
  });

  it('reports a file that disappears, and a stream that breaks mid-way, without harming the library', async () => {
    await h.importPaths([h.source('keep.txt', 'keep me')]);
    const gone = await h.importPaths([path.join(h.sources, 'never-there.pdf')]);
    expect(gone.outcomes[0]).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/find this file/) });
    const broken = new Readable({
      read() {
        this.push(Buffer.alloc(1000, 66));
        this.destroy(Object.assign(new Error('vanished'), { code: 'ENOENT' }));
      },
    });
    const result = await h.backend.importStream(broken, { batchId: 'batch-broken', name: 'half.pdf', index: 0, total: 1 });
    expect(result.outcome).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/moved or deleted while/) });
    expect((await h.list()).map((d) => d.title)).toEqual(['keep']);
    expect(fs.readdirSync(path.join(h.libraryDir, '.career-organizer', 'tmp'))).toEqual([]);
  });

  it('imports a folder of 1,000 files, pushing progress as it goes', async () => {
    for (let i = 0; i < 1000; i++) h.source(`many/file-${String(i).padStart(4, '0')}.txt`, `document number ${i}`);
    const progress: number[] = [];
    h.backend.onPush((e) => {
      if (e.name === 'documents-import-progress') progress.push((e.payload as { done: number }).done);
    });
    const report = await h.importPaths([path.join(h.sources, 'many')], { batchId: 'batch-thousand' });
    expect(report.outcomes.filter((o) => o.status === 'added')).toHaveLength(1000);
    expect(progress.at(-1)).toBe(1000);
    expect(fs.readdirSync(path.join(h.libraryDir, 'Documents'))).toHaveLength(1000);
  }, 60_000);

  it('cancels a running import after the current file', async () => {
    for (let i = 0; i < 50; i++) h.source(`batch/f${i}.txt`, `content ${i}`);
    const running = h.importPaths([path.join(h.sources, 'batch')], { batchId: 'batch-cancel' });
    await new Promise((r) => setTimeout(r, 20));
    expect(await h.call('documents-import-cancel', { batchId: 'batch-cancel' })).toEqual({ cancelled: true });
    const report = await running;
    expect(report.cancelled).toBe(true);
    expect(report.outcomes.length).toBeLessThan(50);
  });

  it('refuses ids like ../../etc/passwd in every handler before anything runs', async () => {
    const evil = '../../etc/passwd';
    const calls: Array<[string, Record<string, unknown>]> = [
      ['documents-get', { id: evil }],
      ['documents-update', { id: evil, title: 'x' }],
      ['documents-version-create', { id: evil, basedOn: evil, label: 'x' }],
      ['documents-version-restore', { id: evil, versionId: evil }],
      ['documents-delete', { id: evil }],
      ['documents-open', { id: evil }],
      ['documents-show-in-folder', { id: evil }],
      ['documents-import-paths', { paths: ['/tmp'], versionOf: evil }],
      ['documents-import-cancel', { batchId: 'x'.repeat(100) }],
      ['documents-delete-undo', { undoToken: evil }],
    ];
    for (const [name, args] of calls) {
      await expect(h.call(name, args), name).rejects.toThrow();
    }
    expect(await h.backend.resolveFile(evil, evil)).toBeNull();
  });
});
