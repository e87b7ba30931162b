import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ImportReport, LibraryDocument } from '../../../../../shared/contract';
import { collectDropped } from '../../../../../renderer/src/features/documents/dropping/collect-dropped';
import { fileTypeOf, previewKindOf } from '../../../../../renderer/src/features/documents/file-types';
import { formatSize } from '../../../../../renderer/src/features/documents/format';
import { splitHighlights } from '../../../../../renderer/src/features/documents/highlight';
import { summariseImport } from '../../../../../renderer/src/features/documents/importing/summary';
import { moveIndex } from '../../../../../renderer/src/features/documents/list/keyboard';
import { normaliseTag, visibleDocuments, withTag } from '../../../../../renderer/src/features/documents/sorting';
import { decodeText } from '../../../../../renderer/src/features/documents/preview/decode-text';
import { en } from '../../../../../renderer/src/i18n/en';

const FIXTURES = path.resolve(__dirname, '../../../../fixtures/documents');

describe('splitHighlights', () => {
  it('cuts a snippet at [start, end) offsets', () => {
    expect(splitHighlights('forklift operator', [[0, 8]])).toEqual([
      { text: 'forklift', match: true },
      { text: ' operator', match: false },
    ]);
  });
  it('merges overlaps, sorts, and clamps offsets outside the text', () => {
    expect(splitHighlights('abcdef', [[4, 99], [1, 3], [2, 4], [-5, 0]])).toEqual([
      { text: 'a', match: false },
      { text: 'bcdef', match: true },
    ]);
  });
  it('keeps markup-looking text as text', () => {
    expect(splitHighlights('<b>x</b>', []).map((p) => p.text).join('')).toBe('<b>x</b>');
  });
});

describe('moveIndex', () => {
  it.each([
    ['ArrowDown', 0, 1],
    ['ArrowUp', 0, 0],
    ['End', 3, 9],
    ['Home', 7, 0],
    ['PageDown', 0, 4],
    ['ArrowRight', 2, null],
  ])('in a list of 10, %s from %i → %j', (key, from, to) => expect(moveIndex(key as string, from as number, 10, 1, 4)).toBe(to));
  it('moves by rows and columns in a grid of 3 columns', () => {
    expect(moveIndex('ArrowDown', 1, 10, 3, 2)).toBe(4);
    expect(moveIndex('ArrowRight', 1, 10, 3, 2)).toBe(2);
    expect(moveIndex('ArrowDown', 8, 10, 3, 2)).toBe(9);
    expect(moveIndex('x', 1, 10, 3, 2)).toBeNull();
  });
});

function doc(id: string, title: string, extra: Partial<LibraryDocument> = {}): LibraryDocument {
  const version = { id: `${id}-v1`, file: `Resumes/${title}.pdf`, originalName: `${title}.pdf`, sha256: '0'.repeat(64), size: 1, mimeType: 'application/pdf', addedAt: '2025-01-01T00:00:00Z', modifiedAt: '2025-01-01T00:00:00Z', mtimeMs: 0, textStatus: 'has-text' as const };
  return { id, kind: 'resume', title, tags: [], notes: '', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', currentVersionId: version.id, versions: [version], ...extra };
}

describe('visibleDocuments', () => {
  const docs = [
    doc('aaaaaa', 'Resume 10', { updatedAt: '2025-03-01T00:00:00Z', tags: ['warehouse'] }),
    doc('bbbbbb', 'resume 9', { updatedAt: '2025-02-01T00:00:00Z' }),
    doc('cccccc', 'Letter', { kind: 'cover-letter' }),
  ];
  const options = { kind: 'resume' as const, tag: null, language: 'en', typeLabel: (t: string) => t };
  it('sorts names as people read them (9 before 10, case ignored) and keeps only the kind', () => {
    expect(visibleDocuments(docs, { ...options, sort: 'name' }).map((d) => d.title)).toEqual(['resume 9', 'Resume 10']);
  });
  it('puts the latest change first and filters by tag', () => {
    expect(visibleDocuments(docs, { ...options, sort: 'changed' }).map((d) => d.id)).toEqual(['aaaaaa', 'bbbbbb']);
    expect(visibleDocuments(docs, { ...options, sort: 'name', tag: 'warehouse' }).map((d) => d.id)).toEqual(['aaaaaa']);
  });
});

describe('tags', () => {
  it('tidies spaces and refuses duplicates in any case', () => {
    expect(normaliseTag('  forklift    jobs ')).toBe('forklift jobs');
    expect(withTag(['Forklift'], 'forklift')).toEqual(['Forklift']);
    expect(withTag(['a'], '  ')).toEqual(['a']);
    expect(withTag([], 'x'.repeat(80))).toEqual(['x'.repeat(60)]);
  });
});

describe('file types', () => {
  it('names types by MIME, then by extension', () => {
    const v = (mimeType: string, file: string) => ({ mimeType, file, originalName: file });
    expect(fileTypeOf(v('application/pdf', 'a.bin'))).toBe('pdf');
    expect(fileTypeOf(v('application/octet-stream', 'Resumes/cv.DOCX'))).toBe('word');
    expect(previewKindOf(v('text/markdown; charset=utf-8', 'a.md'))).toBe('text');
    expect(previewKindOf(v('application/rtf', 'a.rtf'))).toBe('none');
    expect(previewKindOf(v('image/png', 'scan.png'))).toBe('image');
  });
  it('formats sizes in the language', () => {
    expect(formatSize(0, 'en')).toBe('0 bytes');
    expect(formatSize(1536, 'en')).toBe('1.5 kB');
    expect(formatSize(5 * 1024 * 1024, 'es')).toMatch(/^5 MB$/);
  });
});

describe('summariseImport', () => {
  const t = i18next.createInstance();
  void t.init({ lng: 'en', resources: { en: { translation: en } }, initAsync: false, interpolation: { escapeValue: false } });
  const report = (outcomes: ImportReport['outcomes'], cancelled = false): ImportReport => ({ batchId: 'batch1', outcomes, cancelled });
  const added = (n: number) => ({ status: 'added' as const, name: `f${n}.pdf`, documentId: `doc00${n}`, versionId: `ver00${n}` });

  it('says what was added, what was there already and what was skipped, in whole sentences', () => {
    const summary = summariseImport(
      report([
        added(1),
        added(2),
        added(3),
        { status: 'duplicate', name: 'x.pdf', documentId: 'doc009', title: 'Resume 2024' },
        { status: 'duplicate', name: 'y.pdf', documentId: 'doc009', title: 'Resume 2024' },
        { status: 'skipped', name: 'big.pdf', reason: 'It is larger than 200 MB.' },
      ]),
      t.t,
    );
    expect(summary.message).toBe('Added 3 files. 2 were already in your library (they match “Resume 2024”). 1 was skipped: It is larger than 200 MB.');
    expect(summary.tone).toBe('info');
    expect(summary.hasDetails).toBe(true);
    expect(summary.addedIds).toEqual(['doc001', 'doc002', 'doc003']);
  });
  it('is an error that waits when nothing could be added', () => {
    const summary = summariseImport(report([{ status: 'skipped', name: 'a', reason: 'The file is empty.' }]), t.t);
    expect(summary).toMatchObject({ tone: 'error', message: 'No new files were added. 1 was skipped: The file is empty.', hasDetails: false });
  });
  it('says when the user stopped it', () => {
    expect(summariseImport(report([added(1)], true), t.t).message).toBe('You stopped adding files. Added 1 file.');
  });
});

// The DOCX sanitiser is checked in real Chromium (tests/e2e/documents.spec.ts): happy-dom
// mis-serialises DOMPurify's output (it keeps <script> and drops <p>), so a test here would prove nothing.

describe('decodeText', () => {
  const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
  it.each([
    ['utf8.txt', 'naïve café, 日本語'],
    ['utf8-bom.md', '# Heading'],
    ['utf16le.txt', 'Zürich, Ελληνικά'],
    ['utf16be.txt', 'Zürich, Ελληνικά'],
    ['windows-1252.txt', 'Price €5 – café'],
  ])('reads %s as the program that wrote it meant', (name, expected) => {
    const text = decodeText(fixture(name));
    expect(text).toContain(expected);
    expect(text.startsWith('\uFEFF')).toBe(false);
  });
  it('keeps UTF-8 when the cut-off falls inside a character', () => {
    const bytes = new TextEncoder().encode('café');
    expect(decodeText(bytes.subarray(0, bytes.length - 1), true)).toBe('caf');
  });
});

describe('collectDropped', () => {
  // Minimal stand-ins for the browser's FileSystemEntry objects.
  const fileEntry = (fullPath: string): FileSystemFileEntry =>
    ({ isFile: true, isDirectory: false, name: fullPath.split('/').pop()!, fullPath, file: (ok: (f: File) => void) => ok(new File(['x'], fullPath.split('/').pop()!)) }) as unknown as FileSystemFileEntry;
  const folder = (fullPath: string, children: FileSystemEntry[]): FileSystemDirectoryEntry => {
    const batches = [children.slice(0, 2), children.slice(2), []];
    return {
      isFile: false,
      isDirectory: true,
      name: fullPath.split('/').pop()!,
      fullPath,
      createReader: () => ({ readEntries: (ok: (e: FileSystemEntry[]) => void) => ok(batches.shift() ?? []) }),
    } as unknown as FileSystemDirectoryEntry;
  };

  it('walks folders to the bottom, reading every batch, and names files by their path', async () => {
    const tree = folder('/Job search', [
      fileEntry('/Job search/cv.pdf'),
      fileEntry('/Job search/.DS_Store'),
      folder('/Job search/Letters', [fileEntry('/Job search/Letters/acme.docx')]),
    ]);
    const { files, failed } = await collectDropped({ entries: [tree, fileEntry('/notes.txt')], files: [] });
    expect(failed).toBe(false);
    expect(files.map((f) => f.name)).toEqual(['Job search/cv.pdf', 'Job search/Letters/acme.docx', 'notes.txt']);
  });
  it('carries on past an entry it cannot read, and says so', async () => {
    const broken = { ...fileEntry('/bad.pdf'), file: (_ok: unknown, fail: (e: Error) => void) => fail(new Error('gone')) } as unknown as FileSystemEntry;
    const { files, failed } = await collectDropped({ entries: [broken, fileEntry('/good.pdf')], files: [] });
    expect(failed).toBe(true);
    expect(files.map((f) => f.name)).toEqual(['good.pdf']);
  });
});
