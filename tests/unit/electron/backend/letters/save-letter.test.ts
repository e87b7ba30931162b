import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLogSink } from '../../../../../electron/backend/log';
import { withExtension } from '../../../../../electron/backend/letters/save-letter';
import type { LetterSaved } from '../../../../../shared/contract';
import { libraryHarness } from '../../../../support/library';
import { DOCUMENT, docxText, flat, readPdf } from './letter-files';

let h: ReturnType<typeof libraryHarness>;
beforeEach(() => {
  setLogSink(() => undefined);
  h = libraryHarness();
});
afterEach(async () => {
  vi.useRealTimers();
  await h.cleanup();
});

const save = (args: Record<string, unknown>) => h.call<LetterSaved>('letters-save', { document: DOCUMENT, ...args });

describe('letters-save through dispatch', () => {
  it('adds a cover letter PDF to "Cover letters", readable and searchable like any document', async () => {
    const saved = await save({ format: 'pdf', kind: 'cover-letter', fileName: 'Cover letter - Riverside Logistics.pdf' });
    expect(saved).toMatchObject({ name: 'Cover letter - Riverside Logistics', existing: false });
    const [doc] = await h.list();
    expect(doc).toMatchObject({ id: saved.documentId, kind: 'cover-letter', currentVersionId: saved.versionId });
    expect(doc.versions[0]).toMatchObject({ file: 'Cover letters/Cover letter - Riverside Logistics.pdf', mimeType: 'application/pdf' });
    const bytes = fs.readFileSync(path.join(h.libraryDir, 'Cover letters', 'Cover letter - Riverside Logistics.pdf'));
    expect(flat((await readPdf(bytes)).pages.join(' '))).toContain('Dear Zoë Ελένη Papadopoulou,');
    await h.idle();
    const hits = await h.search('WorkSource');
    expect(hits.map((hit) => hit.documentId)).toEqual([saved.documentId]);
  });

  it('adds any other letter as a Word document to "Documents", adding the extension when missing', async () => {
    const saved = await save({ format: 'docx', kind: 'other', fileName: 'Thank-you letter - Riverside Logistics' });
    const [doc] = await h.list();
    expect(doc).toMatchObject({ id: saved.documentId, kind: 'other', title: 'Thank-you letter - Riverside Logistics' });
    expect(doc.versions[0].file).toBe('Documents/Thank-you letter - Riverside Logistics.docx');
    const bytes = fs.readFileSync(path.join(h.libraryDir, doc.versions[0].file));
    expect(flat(await docxText(bytes))).toContain('Thank you for your time and consideration.');
  });

  it('keeps both copies when the same letter is saved twice, under distinct names', async () => {
    const first = await save({ format: 'pdf', kind: 'other', fileName: 'Follow-up.pdf' });
    const second = await save({ format: 'pdf', kind: 'other', fileName: 'Follow-up.pdf', document: { ...DOCUMENT, date: '2025-03-11' } });
    expect(second.documentId).not.toBe(first.documentId);
    const files = (await h.list()).map((d) => d.versions[0].file).sort();
    expect(files).toHaveLength(2);
    expect(new Set(files).size).toBe(2);
  });

  it('points at the copy already in the library when the bytes are identical', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-10T12:00:00Z'));
    const first = await save({ format: 'docx', kind: 'other', fileName: 'Note.docx' });
    const again = await save({ format: 'docx', kind: 'other', fileName: 'Note again.docx' });
    expect(again).toEqual({ ...first, existing: true });
    expect(await h.list()).toHaveLength(1);
  });

  it('refuses bad input with a message that names the problem, and stores nothing', async () => {
    await expect(save({ format: 'odt', kind: 'other', fileName: 'x.odt' })).rejects.toThrow(/format/);
    await expect(save({ format: 'pdf', kind: 'resume', fileName: 'x.pdf' })).rejects.toThrow(/kind/);
    await expect(save({ format: 'pdf', kind: 'other', fileName: '   ' })).rejects.toThrow(/fileName/);
    await expect(save({ format: 'pdf', kind: 'other', fileName: 'x', document: { ...DOCUMENT, date: '2025-02-30' } })).rejects.toThrow(/date: is not a real date/);
    const huge = { ...DOCUMENT, body: { ...DOCUMENT.body, paragraphs: Array.from({ length: 201 }, () => 'p') } };
    await expect(save({ format: 'pdf', kind: 'other', fileName: 'x', document: huge })).rejects.toThrow(/paragraphs/);
    expect(await h.list()).toEqual([]);
  });
});

describe('withExtension', () => {
  it('adds the format’s extension unless it is already there', () => {
    expect(withExtension('Letter', 'pdf')).toBe('Letter.pdf');
    expect(withExtension('Letter.PDF', 'pdf')).toBe('Letter.PDF');
    expect(withExtension('Letter.pdf', 'docx')).toBe('Letter.pdf.docx');
  });
});
