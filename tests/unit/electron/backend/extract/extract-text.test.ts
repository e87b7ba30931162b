// The project's own small fixtures (tests/fixtures/documents, made by make-fixtures.mjs),
// read in this thread: every clone covers every path, with or without ../shared.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canExtract, extractText } from '../../../../../electron/backend/extract';
import { normalizeText } from '../../../../../electron/backend/extract/normalize';
import { decodeText } from '../../../../../electron/backend/extract/plain-text';

const DIR = path.resolve('tests/fixtures/documents');
const file = (name: string) => path.join(DIR, name);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('PDF', () => {
  it('reads every page of a text PDF, with its font encoding', async () => {
    const result = await extractText(file('text-2-pages.pdf'), 'application/pdf');
    expect(result).toEqual({
      status: 'has-text',
      pages: 2,
      text: 'Jane Doe Résumé\nSenior software engineer in Lisbon\n\nSecond page: shipped a Kubernetes migration\nand mentored four engineers.',
    });
  });

  it('says a password-protected PDF is encrypted', async () => {
    const result = await extractText(file('encrypted.pdf'), 'application/pdf');
    expect(result).toEqual({ status: 'encrypted', text: '', reason: "This PDF is protected with a password, so its text can't be read or searched." });
  });

  it('says a PDF of pictures has no text layer', async () => {
    const result = await extractText(file('image-only.pdf'), 'application/pdf');
    expect(result.status).toBe('no-text-layer');
    expect(result.reason).toContain('pictures of pages');
    expect(result.pages).toBe(1);
  });

  it('fails a damaged PDF with plain words', async () => {
    const result = await extractText(file('corrupt.pdf'), 'application/pdf');
    expect(result).toEqual({ status: 'failed', text: '', reason: "We couldn't read this PDF. It may be damaged or incomplete." });
  });

  it('fails a Word file that was labelled PDF', async () => {
    expect((await extractText(file('sample.docx'), 'application/pdf')).status).toBe('failed');
  });
});

describe('DOCX', () => {
  it('reads paragraphs, table rows and footnotes', async () => {
    const result = await extractText(file('sample.docx'), DOCX);
    expect(result.status).toBe('has-text');
    expect(result.text).toBe(
      'Jane Doe — cover letter\nI build tools in TypeScript & Node.\nSkill Level\nRust Intermediate\nFive years at Acme.\nAcme was acquired in 2020.',
    );
  });

  it('gives a blank document empty text and no reason', async () => {
    expect(await extractText(file('blank.docx'), DOCX)).toEqual({ status: 'has-text', text: '' });
  });

  it('fails a file that is not a Word document', async () => {
    expect(await extractText(file('not-a-zip.docx'), DOCX)).toEqual({
      status: 'failed',
      text: '',
      reason: "We couldn't read this Word document. It may be damaged.",
    });
  });
});

describe('RTF', () => {
  it('decodes \\uN and \\\'hh escapes and skips destinations that are not text', async () => {
    const { status, text } = await extractText(file('sample.rtf'), 'application/rtf');
    expect(status).toBe('has-text');
    expect(text.split('\n')).toEqual([
      'Café naïve €uros 😀 bold text.',
      'Second line',
      'wrapped here.',
      '‘quoted’ — dash, € 100 “ansi quotes”',
      'Portfolio link',
      'Привет',
      'Cell A Cell B',
      'wide中 skip',
      'End {braces} and \\ backslash.',
    ]);
    expect(text).not.toMatch(/Helvetica|Hidden Info|Riched|89504e|HYPERLINK|Normal/);
  });

  it('accepts text/rtf too, and fails a file that is not RTF', async () => {
    expect((await extractText(file('sample.rtf'), 'text/rtf')).status).toBe('has-text');
    expect(await extractText(file('utf8.txt'), 'application/rtf')).toEqual({
      status: 'failed',
      text: '',
      reason: "We couldn't read this RTF document. It may be damaged.",
    });
  });
});

describe('TXT and Markdown', () => {
  it.each([
    ['utf8.txt', 'text/plain', 'Plain UTF-8: naïve café, 日本語, emoji 🚀.\n\nAfter three blank lines.'],
    ['utf8-bom.md', 'text/markdown', '# Heading\n\nMarkdown with a BOM: über.'],
    ['utf16le.txt', 'text/plain', 'UTF-16 text: Zürich, Ελληνικά.'],
    ['utf16be.txt', 'text/plain; charset=utf-16be', 'UTF-16 text: Zürich, Ελληνικά.'],
    ['windows-1252.txt', 'Text/Plain', 'Price €5 – café'],
    ['control-chars.txt', 'text/plain', 'Tab hereNULbell[0m\nnext page'],
  ])('%s', async (name, mimeType, expected) => {
    expect(await extractText(file(name), mimeType)).toEqual({ status: 'has-text', text: expected });
  });

  it('reads UTF-16 without a byte-order mark', () => {
    expect(decodeText(Buffer.from('Hello, plain ASCII in UTF-16', 'utf16le'))).toBe('Hello, plain ASCII in UTF-16');
  });

  it('keeps a UTF-8 character cut in half by the size cap out of the guess', () => {
    const bytes = Buffer.from('Résumé', 'utf8').subarray(0, 7); // ends inside the final é
    expect(decodeText(bytes, true)).toBe('Résum');
  });
});

describe('other types and missing files', () => {
  it('leaves other types unsupported, with no reason', async () => {
    expect(await extractText(file('text-2-pages.pdf'), 'image/png')).toEqual({ status: 'unsupported', text: '' });
    expect(await extractText(file('utf8.txt'), 'constructor')).toEqual({ status: 'unsupported', text: '' });
    expect(canExtract('application/pdf')).toBe(true);
    expect(canExtract('application/zip')).toBe(false);
  });

  it('fails a missing file with plain words, for every reader', async () => {
    const missing = path.join(os.tmpdir(), 'co-extract-no-such-file');
    for (const mimeType of ['application/pdf', DOCX, 'text/plain', 'application/rtf']) {
      expect(await extractText(missing, mimeType)).toEqual({
        status: 'failed',
        text: '',
        reason: "We couldn't find this file. It may have been moved or deleted.",
      });
    }
  });

  it('caps the text at maxTextChars', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'co-extract-'));
    try {
      fs.writeFileSync(path.join(dir, 'big.txt'), 'word '.repeat(100_000));
      const result = await extractText(path.join(dir, 'big.txt'), 'text/plain', 1000);
      expect(result.text.length).toBe(1000);
      const pdf = await extractText(file('text-2-pages.pdf'), 'application/pdf', 20);
      expect(pdf.text).toBe('Jane Doe Résumé\nSeni');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('normalizeText', () => {
  it('collapses spaces, keeps paragraph breaks, drops control characters', () => {
    expect(normalizeText('  a\u00a0\u00a0b\t\tc \r\n\r\n\r\n\r\nd\u0000e\u00adf\u2028g\fh  ', 100)).toBe('a b c\n\ndef\ng\nh');
  });

  it('never splits a surrogate pair when capping, and drops lone halves', () => {
    expect(normalizeText('ab😀', 3)).toBe('ab');
    expect(normalizeText('a\ud800b\udc00c', 10)).toBe('abc');
  });
});
