// The real-world PDFs and DOCX files in ../shared (made by other programs). Phrases
// were picked from `pdftotext` output and the documents themselves, by hand.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText, type ExtractStatus } from '../../../../../electron/backend/extract';

const REAL = path.resolve(process.cwd(), '../shared/fixtures/real');
const present = fs.existsSync(REAL);
if (!present) console.log(`skipping real-world extraction fixtures: ${REAL} is missing`);

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Expectation {
  status: ExtractStatus;
  phrases?: (string | RegExp)[];
  pages?: number;
}

const PDFS: Record<string, Expectation> = {
  '002-trivial-libre-office-writer.pdf': { status: 'has-text', pages: 1, phrases: ['Lorem ipsum dolor sit amet, consetetur sadipscing elitr'] },
  'crazyones-pdfa.pdf': { status: 'has-text', pages: 1, phrases: ['The Crazy Ones', 'The round pegs in the square holes.'] },
  'google-doc-document.pdf': { status: 'has-text', pages: 1, phrases: ['Example document', 'Beautiful is better than ugly.'] },
  // The Arabic word comes out in the order pdfjs (and pdftotext) give it: see the report.
  'habibi.pdf': { status: 'has-text', pages: 1, phrases: ['habibi', /[\u0621-\u064A]{4,}/] },
  'imagemagick-images.pdf': { status: 'no-text-layer', pages: 6 },
  'libreoffice-writer-password.pdf': { status: 'encrypted' },
  'minimal-document.pdf': { status: 'has-text', pages: 1, phrases: ['Stet clita kasd gubergren'] },
  'mistitled_outlines_example.pdf': { status: 'has-text', pages: 4, phrases: ['Contents', 'Hello, here is some text without a meaning.'] },
  'pdflatex-4-pages.pdf': { status: 'has-text', pages: 4, phrases: ['“Huardest gefburn”? Kjift – not at all!'] },
  'pdflatex-forms.pdf': { status: 'has-text', pages: 1, phrases: ['Name', 'Submit'] },
  // Broken beyond repair (a lost xref); pdftotext reads nothing from it either.
  'unreadablemetadata.pdf': { status: 'failed' },
};

const DOCXS: Record<string, Expectation> = {
  'comments.docx': { status: 'has-text', phrases: ['Ouch.', 'A tachyon walks into a bar.'] },
  'empty.docx': { status: 'has-text', phrases: [/^$/] },
  'footnotes.docx': { status: 'has-text', phrases: ['Ouch.', 'A tachyon walks into a bar.', 'Fin.'] },
  'simple-list.docx': { status: 'has-text', phrases: ['Apple\nBanana'] },
  'single-paragraph.docx': { status: 'has-text', phrases: ['Walking on imported air'] },
  'strict-format.docx': { status: 'has-text', phrases: ['Test'] },
  'tables.docx': { status: 'has-text', phrases: ['Above', 'Top left Top right', 'Bottom left Bottom right', 'Below'] },
  'text-box.docx': { status: 'has-text', phrases: ['Datum plane'] },
  'tiny-picture.docx': { status: 'has-text', phrases: [/^$/] },
  'utf8-bom.docx': { status: 'has-text', phrases: ['This XML has a byte order mark.'] },
};

function check(folder: string, mimeType: string, table: Record<string, Expectation>) {
  it('has an expectation for every file in the folder', () => {
    const files = fs.readdirSync(path.join(REAL, folder)).filter((f) => f.endsWith(`.${folder}`));
    expect(files.sort()).toEqual(Object.keys(table).sort());
  });
  for (const [name, expected] of Object.entries(table)) {
    it(`${name} → ${expected.status}`, async () => {
      const result = await extractText(path.join(REAL, folder, name), mimeType);
      expect(result.status).toBe(expected.status);
      if (expected.pages !== undefined) expect(result.pages).toBe(expected.pages);
      for (const phrase of expected.phrases ?? []) {
        if (typeof phrase === 'string') expect(result.text).toContain(phrase);
        else expect(result.text).toMatch(phrase);
      }
      if (expected.status === 'has-text') expect(result.reason).toBeUndefined();
      else if (expected.status !== 'unsupported') expect(result.reason).toMatch(/\w/);
      // Normalised: no control characters, no runs of spaces, no blank-line runs.
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      expect(result.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F]| {2}|\n{3}/);
    });
  }
}

describe.skipIf(!present)('real-world PDFs', () => check('pdf', PDF, PDFS));
describe.skipIf(!present)('real-world DOCX', () => check('docx', DOCX, DOCXS));

describe.skipIf(!present)('real-world reasons', () => {
  it('says why the encrypted and the image-only PDFs have no text', async () => {
    const encrypted = await extractText(path.join(REAL, 'pdf/libreoffice-writer-password.pdf'), PDF);
    expect(encrypted.reason).toBe("This PDF is protected with a password, so its text can't be read or searched.");
    const scanned = await extractText(path.join(REAL, 'pdf/imagemagick-images.pdf'), PDF);
    expect(scanned.reason).toBe("This PDF is made of pictures of pages (for example a scan), so its words can't be searched.");
  });
});
