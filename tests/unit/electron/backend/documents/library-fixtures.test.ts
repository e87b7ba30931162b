import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLogSink } from '../../../../../electron/backend/log';
import type { LibraryDocument } from '../../../../../shared/contract';
import { libraryHarness, realFixtures } from '../../../../support/library';

// Real files made by other programs: every one imports; text is found where there is text,
// and the encrypted and image-only PDFs say why they can't be searched.
const pdfDir = realFixtures('pdf');
const docxDir = realFixtures('docx');
const missing = !pdfDir || !docxDir;
if (missing) console.log('Skipping real-world fixture imports: ../shared/fixtures/real is not beside this clone.');

describe.skipIf(missing)('real-world PDF and DOCX files', () => {
  let h: ReturnType<typeof libraryHarness>;
  let docs: LibraryDocument[];

  beforeAll(async () => {
    setLogSink(() => undefined);
    h = libraryHarness();
    const files = [
      ...fs.readdirSync(pdfDir!).filter((f) => f.endsWith('.pdf')).map((f) => path.join(pdfDir!, f)),
      ...fs.readdirSync(docxDir!).filter((f) => f.endsWith('.docx')).map((f) => path.join(docxDir!, f)),
    ];
    const report = await h.importPaths(files);
    expect(report.outcomes.filter((o) => o.status === 'skipped')).toEqual([]);
    await h.idle();
    docs = await h.list();
  }, 120_000);
  afterAll(async () => h.cleanup());

  const byName = (name: string) => {
    const doc = docs.find((d) => d.versions[0].originalName === name);
    if (!doc) throw new Error(`${name} was not imported`);
    return doc.versions[0];
  };

  it('imports every file (identical ones once)', () => {
    expect(docs.length).toBeGreaterThanOrEqual(19);
  });

  it('says why the password-protected PDF and the image-only PDF cannot be searched', () => {
    expect(byName('libreoffice-writer-password.pdf')).toMatchObject({ textStatus: 'encrypted', textReason: expect.stringMatching(/password/) });
    expect(byName('imagemagick-images.pdf')).toMatchObject({ textStatus: 'no-text-layer', textReason: expect.stringMatching(/pictures/) });
  });

  it('reads the text of ordinary PDFs and Word files', () => {
    for (const name of ['pdflatex-4-pages.pdf', 'google-doc-document.pdf', '002-trivial-libre-office-writer.pdf', 'tables.docx', 'footnotes.docx', 'strict-format.docx']) {
      expect(byName(name).textStatus, name).toBe('has-text');
    }
  });

  it('finds a phrase from inside a Word document, with the passage around it', async () => {
    const hits = await h.search('Walking on imported air');
    const tables = docs.find((d) => d.versions[0].originalName === 'single-paragraph.docx');
    expect(hits[0]?.documentId).toBe(tables?.id);
    expect(hits[0].snippet.toLowerCase()).toContain('walking on imported air');
  });
});
