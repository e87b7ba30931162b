import { existsSync, openSync, readdirSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectMimeType, SNIFF_BYTES, typeLabel } from '../../../../../electron/backend/documents/file-type';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ODT = 'application/vnd.oasis.opendocument.text';

const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** A zip local file header and its (stored) data, as the first bytes of a real zip look. */
function zipEntry(name: string, data = '', { streamed = false } = {}): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(streamed ? 0x0808 : 0, 6); // bit 3: sizes come after the data
  header.writeUInt16LE(0, 8); // stored
  header.writeUInt32LE(streamed ? 0 : data.length, 18);
  header.writeUInt32LE(streamed ? 0 : data.length, 22);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  return Buffer.concat([header, Buffer.from(name), Buffer.from(data, 'latin1')]);
}

const PDF = bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj');
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF');
const OLE = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Array(24).fill(0));
const WORD_ZIP = bytes(zipEntry('[Content_Types].xml', '<Types/>'), zipEntry('_rels/.rels', '<R/>'), zipEntry('word/document.xml', '<w/>'));

describe('detectMimeType', () => {
  it.each<[string, Uint8Array, string, string]>([
    ['PDF', PDF, 'resume.pdf', 'application/pdf'],
    ['PDF with junk before the header', bytes('\r\n\r\n', PDF), 'resume.pdf', 'application/pdf'],
    ['PNG', PNG, 'photo.png', 'image/png'],
    ['JPEG', JPEG, 'photo.jpg', 'image/jpeg'],
    ['GIF87a', bytes('GIF87a', [1, 0, 1, 0]), 'a.gif', 'image/gif'],
    ['GIF89a', bytes('GIF89a', [1, 0, 1, 0]), 'a.gif', 'image/gif'],
    ['WebP', bytes('RIFF', [36, 0, 0, 0], 'WEBPVP8 '), 'a.webp', 'image/webp'],
    ['RTF', bytes('{\\rtf1\\ansi\\deff0 Hello}'), 'letter.rtf', 'application/rtf'],
    ['Word', WORD_ZIP, 'resume.docx', DOCX],
    ['Word whose zip puts sizes after the data', bytes(zipEntry('_rels/.rels', '<R/>', { streamed: true }), zipEntry('word/document.xml', '<w/>', { streamed: true })), 'x.docx', DOCX],
    ['Excel', bytes(zipEntry('[Content_Types].xml', '<T/>'), zipEntry('xl/workbook.xml', '<x/>')), 'jobs.xlsx', XLSX],
    ['OpenDocument text', bytes(zipEntry('mimetype', ODT), zipEntry('content.xml', '<o/>')), 'cv.odt', ODT],
    ['Office file whose first entry hides the rest, named .docx', bytes(zipEntry('[Content_Types].xml', 'x'.repeat(5000))).subarray(0, SNIFF_BYTES), 'cv.docx', DOCX],
    ['same, named .zip', bytes(zipEntry('[Content_Types].xml', 'x'.repeat(5000))).subarray(0, SNIFF_BYTES), 'cv.zip', 'application/zip'],
    ['old Word file', OLE, 'resume.doc', 'application/msword'],
    ['password-protected Word file', OLE, 'resume.docx', DOCX],
    ['other compound file', OLE, 'budget.xls', 'application/x-ole-storage'],
    ['plain text', bytes('Jane Doe\nWarehouse lead'), 'notes.txt', 'text/plain'],
    ['text that mentions %PDF- later', bytes('How PDFs start: %PDF-1.7'), 'notes.md', 'text/markdown'],
  ])('%s', (_what, head, name, expected) => {
    expect(detectMimeType(head, name)).toBe(expected);
  });

  it.each<[string, Uint8Array, string, string]>([
    ['a PDF named .docx is a PDF', PDF, 'resume.docx', 'application/pdf'],
    ['a PNG named .pdf is a picture', PNG, 'scan.pdf', 'image/png'],
    ['a Word file named .pdf is Word', WORD_ZIP, 'resume.pdf', DOCX],
    ['a Word file without extension is Word', WORD_ZIP, 'resume', DOCX],
    ['a plain zip named .docx is a zip', bytes(zipEntry('photos/a.jpg', 'jpg')), 'cv.docx', 'application/zip'],
    ['an RTF named .doc is RTF (Word saves these)', bytes('{\\rtf1'), 'letter.doc', 'application/rtf'],
  ])('content wins: %s', (_what, head, name, expected) => {
    expect(detectMimeType(head, name)).toBe(expected);
  });

  it.each([
    ['resume.docx', DOCX],
    ['resume.PDF', 'application/pdf'],
    ['old.doc', 'application/msword'],
    ['cv.odt', ODT],
    ['letter.rtf', 'application/rtf'],
    ['notes.txt', 'text/plain'],
    ['notes.md', 'text/markdown'],
    ['notes.markdown', 'text/markdown'],
    ['jobs.csv', 'text/csv'],
    ['page.html', 'text/html'],
    ['photo.JPEG', 'image/jpeg'],
    ['photo.jpg', 'image/jpeg'],
    ['photo.png', 'image/png'],
    ['anim.gif', 'image/gif'],
    ['pic.webp', 'image/webp'],
    ['C:\\Users\\jo\\cv.docx', DOCX],
    ['archive.7z', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
    ['.bashrc', 'application/octet-stream'],
  ])('an empty file goes by its extension: %s → %s', (name, expected) => {
    expect(detectMimeType(new Uint8Array(0), name)).toBe(expected);
  });

  it('copes with headers cut short', () => {
    expect(detectMimeType(bytes([0x89, 0x50]), 'a.png')).toBe('image/png');
    expect(detectMimeType(bytes('PK', [3, 4]), 'a.bin')).toBe('application/zip');
    expect(detectMimeType(bytes(zipEntry('word/document.xml')).subarray(0, 35), 'a.bin')).toBe('application/zip');
    expect(detectMimeType(bytes('{\\rt'), 'a.txt')).toBe('text/plain');
  });

  it('reads a view into a larger buffer at its own offset', () => {
    const big = bytes('garbage!', PDF);
    expect(detectMimeType(big.subarray(8), 'x')).toBe('application/pdf');
    expect(detectMimeType(new Uint8Array(big.buffer, big.byteOffset + 1, 8), 'x.txt')).toBe('text/plain');
  });

  const fixtures = path.resolve(__dirname, '../../../../../../shared/fixtures/real');
  it.skipIf(!existsSync(fixtures))('recognises every real PDF and DOCX fixture from its first bytes alone', () => {
    for (const [folder, expected] of [['pdf', 'application/pdf'], ['docx', DOCX]] as const) {
      const names = readdirSync(path.join(fixtures, folder)).filter((n) => n.endsWith(`.${folder}`));
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        const head = Buffer.alloc(SNIFF_BYTES);
        const fd = openSync(path.join(fixtures, folder, name), 'r');
        const read = readSync(fd, head, 0, SNIFF_BYTES, 0);
        closeSync(fd);
        expect(detectMimeType(head.subarray(0, read), 'upload.bin'), name).toBe(expected);
      }
    }
  });
});

describe('typeLabel', () => {
  it.each([
    ['application/pdf', 'PDF'],
    [DOCX, 'Word document'],
    ['application/msword', 'Word document'],
    [ODT, 'OpenDocument text'],
    ['application/rtf', 'Rich text document'],
    ['text/plain', 'Text'],
    ['text/plain; charset=utf-8', 'Text'],
    ['TEXT/MARKDOWN', 'Markdown text'],
    ['text/csv', 'Spreadsheet (CSV)'],
    ['text/html', 'Web page'],
    ['image/png', 'Picture'],
    ['image/webp', 'Picture'],
    ['text/x-unknown', 'Text'],
    ['application/zip', 'Zip archive'],
    ['application/octet-stream', 'File'],
    ['', 'File'],
  ])('%j → %j', (type, label) => {
    expect(typeLabel(type)).toBe(label);
  });
});
