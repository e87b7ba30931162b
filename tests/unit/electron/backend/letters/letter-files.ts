// Reading generated letters back with independent tools: pdfjs for PDFs, mammoth and the
// raw zip for DOCX files. A test that passes here means another program can read the file.
import mammoth from 'mammoth';
import { inflateRawSync } from 'node:zlib';
import type { LetterDocument } from '../../../../../shared/domain/letters';

export interface PdfReading {
  pages: string[];
  /** Width and height of each page in points. */
  sizes: Array<[number, number]>;
  info: Record<string, unknown>;
}

/** Every page's text (lines joined by spaces) and size, read with pdfjs-dist. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  const sizes: Array<[number, number]> = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , w, h] = page.view;
    sizes.push([Math.round(w * 100) / 100, Math.round(h * 100) / 100]);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { pages, sizes, info: info as Record<string, unknown> };
}

/** The DOCX's text as Word would show it, through mammoth. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}

/** One file from the DOCX zip, read from the central directory (no zip library involved). */
export function docxPart(bytes: Uint8Array, name: string): string {
  const buf = Buffer.from(bytes);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let entry = buf.readUInt32LE(end + 16);
  const count = buf.readUInt16LE(end + 10);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(entry + 10);
    const size = buf.readUInt32LE(entry + 20);
    const nameLength = buf.readUInt16LE(entry + 28);
    const extra = buf.readUInt16LE(entry + 30);
    const comment = buf.readUInt16LE(entry + 32);
    const local = buf.readUInt32LE(entry + 42);
    if (buf.toString('utf8', entry + 46, entry + 46 + nameLength) === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    entry += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} is not in the DOCX`);
}

/** Collapses whitespace, so a check doesn't depend on where a line wrapped. */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

export const DOCUMENT: LetterDocument = {
  sender: {
    name: 'José Müller-Nguyễn',
    email: 'jose@example.org',
    phone: '(206) 555-0142',
    address: '1200 Pine Street, Apt 4\nSeattle, WA 98101',
    links: ['linkedin.com/in/jose'],
  },
  date: '2025-03-10',
  language: 'en',
  recipient: { name: 'Zoë Ελένη Papadopoulou', role: 'Operations Manager', organisation: '李小龙 Trading', address: '400 River Road\nKent, WA 98032' },
  body: {
    subject: 'Application for Warehouse Lead',
    salutation: 'Dear Zoë Ελένη Papadopoulou,',
    paragraphs: [
      'I am writing to apply for the Warehouse Lead position at Riverside Logistics, which I saw on WorkSource.',
      'I am available at the following times:\nTuesday, March 18\nWednesday, March 19',
      'Thank you for your time and consideration.',
    ],
    closing: 'Sincerely,',
    signature: 'José Müller-Nguyễn',
  },
};

/** A letter long enough for three pages: numbered paragraphs of distinct words. */
export function longDocument(paragraphs = 40): LetterDocument {
  const body = Array.from({ length: paragraphs }, (_, p) =>
    Array.from({ length: 60 }, (_, w) => `p${p}w${w}`).join(' ') + '.',
  );
  return { ...DOCUMENT, body: { ...DOCUMENT.body, paragraphs: body } };
}
