import fs from 'node:fs/promises';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fsyncDir, isAtomicTempName, renameWithRetry, writeFileAtomic } from '../../../../../electron/backend/fs/atomic-write';

// A real folder per test (not tests/support/backend, which would start the whole backend).
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'co-atomic-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string) => path.join(dir, name);
const leftovers = () => readdirSync(dir).filter(isAtomicTempName);
const codeError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe('writeFileAtomic', () => {
  it('creates a file, then replaces its content, leaving no temp file', async () => {
    await writeFileAtomic(file('index.json'), '{"v":1}');
    expect(readFileSync(file('index.json'), 'utf8')).toBe('{"v":1}');
    await writeFileAtomic(file('index.json'), new TextEncoder().encode('{"v":2}'));
    expect(readFileSync(file('index.json'), 'utf8')).toBe('{"v":2}');
    expect(readdirSync(dir)).toEqual(['index.json']);
  });

  it('writes through a temp file in the same folder, named so recovery can find it', async () => {
    const rename = vi.spyOn(fs, 'rename');
    await writeFileAtomic(file('Résumé – final.pdf'), 'x');
    const [from, to] = rename.mock.calls[0];
    expect(path.dirname(String(from))).toBe(dir);
    expect(to).toBe(file('Résumé – final.pdf'));
    expect(path.basename(String(from))).toMatch(/^\.Résumé – final\.pdf\.[0-9a-f]{12}\.tmp$/u);
    expect(isAtomicTempName(path.basename(String(from)))).toBe(true);
  });

  it('keeps temp names within file-system limits for long target names', async () => {
    const name = `${'履'.repeat(66)}.pdf`; // 202 bytes; the temp name must stay under 255
    await writeFileAtomic(file(name), 'long');
    expect(readFileSync(file(name), 'utf8')).toBe('long');
    expect(leftovers()).toEqual([]);
  });

  it('leaves the old file intact and removes the temp file when the rename fails', async () => {
    writeFileSync(file('index.json'), 'old');
    vi.spyOn(fs, 'rename').mockRejectedValue(codeError('EIO'));
    await expect(writeFileAtomic(file('index.json'), 'new')).rejects.toMatchObject({ code: 'EIO' });
    expect(readFileSync(file('index.json'), 'utf8')).toBe('old');
    expect(leftovers()).toEqual([]);
  });

  it('fails cleanly when the target is a folder', async () => {
    mkdirSync(file('Resumes'));
    writeFileSync(path.join(file('Resumes'), 'keep.pdf'), 'keep');
    await expect(writeFileAtomic(file('Resumes'), 'x')).rejects.toThrow();
    expect(readFileSync(path.join(file('Resumes'), 'keep.pdf'), 'utf8')).toBe('keep');
    expect(leftovers()).toEqual([]);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'index.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('ends with one complete content when many writes to one file overlap — the last one', async () => {
    const contents = Array.from({ length: 20 }, (_, i) => String.fromCharCode(65 + i).repeat(64 * 1024 * (1 + (i % 4))));
    await Promise.all(contents.map((c) => writeFileAtomic(file('index.json'), c)));
    expect(readFileSync(file('index.json'), 'utf8')).toBe(contents[contents.length - 1]);
    expect(leftovers()).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('never interleaves truly parallel writes (two paths to one file bypass the queue)', async () => {
    mkdirSync(file('real'));
    await fs.symlink(file('real'), file('link'));
    const contents = Array.from({ length: 20 }, (_, i) => String.fromCharCode(97 + i).repeat(256 * 1024));
    await Promise.all(contents.map((c, i) => writeFileAtomic(path.join(file(i % 2 ? 'link' : 'real'), 'index.json'), c)));
    const final = readFileSync(path.join(file('real'), 'index.json'), 'utf8');
    expect(contents).toContain(final);
    expect(readdirSync(file('real'))).toEqual(['index.json']);
  });

  it('a failed write does not block the writes queued after it', async () => {
    const rename = vi.spyOn(fs, 'rename').mockRejectedValueOnce(codeError('EIO'));
    const first = writeFileAtomic(file('a.txt'), 'first');
    const second = writeFileAtomic(file('a.txt'), 'second');
    await expect(first).rejects.toMatchObject({ code: 'EIO' });
    await second;
    expect(readFileSync(file('a.txt'), 'utf8')).toBe('second');
    expect(rename).toHaveBeenCalledTimes(2);
  });

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces', async () => {
    writeFileSync(file('private.json'), 'old', { mode: 0o600 });
    await writeFileAtomic(file('private.json'), 'new');
    expect(statSync(file('private.json')).mode & 0o777).toBe(0o600);
  });
});

describe('renameWithRetry', () => {
  it('moves a file', async () => {
    writeFileSync(file('a'), 'a');
    await renameWithRetry(file('a'), file('b'));
    expect(readdirSync(dir)).toEqual(['b']);
  });

  it('retries while the target is locked (Windows, antivirus), then succeeds', async () => {
    writeFileSync(file('a'), 'a');
    const real = fs.rename.bind(fs);
    const rename = vi
      .spyOn(fs, 'rename')
      .mockRejectedValueOnce(codeError('EBUSY'))
      .mockRejectedValueOnce(codeError('EPERM'))
      .mockImplementation(real);
    await renameWithRetry(file('a'), file('b'));
    expect(rename).toHaveBeenCalledTimes(3);
    expect(readFileSync(file('b'), 'utf8')).toBe('a');
  });

  it('gives up after about 1.5 s of locks, and writeFileAtomic then cleans up', async () => {
    writeFileSync(file('index.json'), 'old');
    const rename = vi.spyOn(fs, 'rename').mockRejectedValue(codeError('EACCES'));
    const started = Date.now();
    await expect(writeFileAtomic(file('index.json'), 'new')).rejects.toMatchObject({ code: 'EACCES' });
    expect(rename).toHaveBeenCalledTimes(6);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(readFileSync(file('index.json'), 'utf8')).toBe('old');
    expect(leftovers()).toEqual([]);
  });

  it('does not retry errors that waiting cannot fix', async () => {
    const rename = vi.spyOn(fs, 'rename');
    await expect(renameWithRetry(file('missing'), file('b'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(rename).toHaveBeenCalledTimes(1);
  });
});

describe('fsyncDir', () => {
  it('flushes a real folder and reports a missing one', async () => {
    await expect(fsyncDir(dir)).resolves.toBeUndefined();
    if (process.platform !== 'win32') await expect(fsyncDir(file('missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('isAtomicTempName', () => {
  it.each([
    ['.index.json.0123456789ab.tmp', true],
    ['.Résumé – final.pdf.a1b2c3d4e5f6.tmp', true],
    ['..0123456789ab.tmp', true],
    ['index.json', false],
    ['report.tmp', false],
    ['.bashrc', false],
    ['.index.json.tmp', false],
    ['.index.json.0123456789AB.tmp', false],
    ['index.json.0123456789ab.tmp', false],
    ['~$resume.docx', false],
  ])('%j → %s', (name, expected) => {
    expect(isAtomicTempName(name)).toBe(expected);
  });
});
