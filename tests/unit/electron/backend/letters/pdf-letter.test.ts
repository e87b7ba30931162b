import { describe, expect, it } from 'vitest';
import { fontkit } from '../../../../../electron/backend/activity/font';
import { findFontFile } from '../../../../../electron/backend/activity/font';
import { buildLetterPdf } from '../../../../../electron/backend/letters/pdf-letter';
import { FALLBACK_FONT_FILE } from '../../../../../electron/backend/letters/pdf-fonts';
import { useLongLocaInSubsets } from '../../../../../electron/backend/letters/fontkit-subset-fix';
import fs from 'node:fs';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { DOCUMENT, flat, longDocument, readPdf } from './letter-files';

describe('letter PDF', () => {
  it('prints every part of the letter in order, with Latin, Greek, Vietnamese and Chinese intact', async () => {
    const { pages, sizes, info } = await readPdf(await buildLetterPdf(DOCUMENT));
    expect(pages).toHaveLength(1);
    expect(sizes[0]).toEqual([612, 792]);
    const text = flat(pages[0]);
    const inOrder = [
      'José Müller-Nguyễn',
      '1200 Pine Street, Apt 4',
      'Seattle, WA 98101',
      '(206) 555-0142 · jose@example.org · linkedin.com/in/jose',
      'March 10, 2025',
      'Zoë Ελένη Papadopoulou',
      'Operations Manager',
      '李小龙 Trading',
      'Kent, WA 98032',
      'Application for Warehouse Lead',
      'Dear Zoë Ελένη Papadopoulou,',
      'I am writing to apply for the Warehouse Lead position at Riverside Logistics, which I saw on WorkSource.',
      'I am available at the following times: Tuesday, March 18 Wednesday, March 19',
      'Thank you for your time and consideration.',
      'Sincerely, José Müller-Nguyễn',
    ];
    let from = 0;
    for (const part of inOrder) {
      const at = text.indexOf(part, from);
      expect(at, `"${part}" after position ${from} in: ${text}`).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
    expect(info).toMatchObject({ Title: 'Application for Warehouse Lead', Author: 'José Müller-Nguyễn', Creator: 'Career Organizer', Language: 'en-US' });
  });

  it('writes the date for the letter language and uses A4 when asked', async () => {
    const { pages, sizes, info } = await readPdf(await buildLetterPdf({ ...DOCUMENT, language: 'es' }, 'a4'));
    expect(sizes[0]).toEqual([595.28, 841.89]);
    expect(flat(pages[0])).toContain('10 de marzo de 2025');
    expect(info.Language).toBe('es-US');
  });

  it('continues a long letter on numbered pages without losing a word', async () => {
    const doc = longDocument();
    const { pages } = await readPdf(await buildLetterPdf(doc));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(flat(page)).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(flat(page).match(/José Müller-Nguyễn/g)?.length).toBeGreaterThanOrEqual(1);
    });
    const words = new Set(flat(pages.join(' ')).split(' ').map((w) => w.replace(/\.$/, '')));
    for (const paragraph of doc.body.paragraphs) for (const word of paragraph.replace(/\.$/, '').split(' ')) expect(words.has(word), word).toBe(true);
    // The sign-off is never split from the name under it.
    const last = flat(pages[pages.length - 1]);
    expect(last).toContain('Sincerely, José Müller-Nguyễn');
  });

  it('keeps a paragraph from leaving a single line at the top of a page', async () => {
    const { pages } = await readPdf(await buildLetterPdf(longDocument(12)));
    for (const page of pages.slice(1)) {
      // The first line of a continued page is never the only line of its paragraph's tail:
      // find the paragraph it belongs to and check at least two of its lines moved over.
      const firstWord = flat(page).split(' ')[0];
      const paragraph = /^p(\d+)w/.exec(firstWord)?.[1];
      if (paragraph === undefined) continue;
      const onPage = flat(page).split(' ').filter((w) => w.startsWith(`p${paragraph}w`));
      expect(onPage.length).toBeGreaterThan(12);
    }
  });

  it('embeds only the glyphs used, and the CJK font only when a letter needs it', async () => {
    const latin = await buildLetterPdf({ ...DOCUMENT, recipient: { name: 'Zoë Ελένη' } });
    const withChinese = await buildLetterPdf(DOCUMENT);
    expect(latin.length).toBeLessThan(60_000);
    expect(withChinese.length).toBeLessThan(90_000);
    // pdf-lib names a subset after its font with a number: "DejaVuSansCondensed-250".
    const latinFonts = (await fontNames(latin)).map((name) => name.replace(/-\d+$/, ''));
    expect(latinFonts).toEqual(['DejaVuSansCondensed', 'DejaVuSansCondensed-Bold']);
    const allFonts = (await fontNames(withChinese)).map((name) => name.replace(/-\d+$/, ''));
    expect(allFonts).toEqual(['DejaVuSansCondensed', 'DejaVuSansCondensed-Bold', 'DroidSansFallback']);
  });

  it('draws a character no font has as "?" rather than failing', async () => {
    const doc = { ...DOCUMENT, body: { ...DOCUMENT.body, paragraphs: ['Shapes: \u{1F9E9} and \u0000 control.'] } };
    const { pages } = await readPdf(await buildLetterPdf(doc));
    expect(flat(pages[0])).toContain('Shapes: ? and control.');
  });
});

describe('TrueType subsets with odd-length glyphs', () => {
  it('keep their outlines (the short loca format would shift them)', async () => {
    const file = findFontFile(FALLBACK_FONT_FILE)!;
    const font = fontkit.create(new Uint8Array(fs.readFileSync(file)));
    useLongLocaInSubsets(new Uint8Array(fs.readFileSync(file)));
    const glyph = font.layout('李').glyphs[0];
    const subset = font.createSubset();
    subset.includeGlyph(glyph);
    const bytes = await encodeStream(subset);
    const reread = fontkit.create(bytes);
    // Glyph 1 is the first included glyph (0 is .notdef): its outline must survive.
    const commands = (g: { path: unknown }) => (g.path as { commands: unknown[] }).commands.length;
    expect(commands(reread.getGlyph(1))).toBe(commands(glyph));
    expect(commands(glyph)).toBeGreaterThan(0);
  });
});

/** The base names of the fonts a PDF embeds, sorted (pdf-lib keeps them in compressed object streams). */
async function fontNames(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  const names = pdf.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'))
    .map((dict) => (dict.get(PDFName.of('FontName')) as PDFName).decodeText());
  return names.sort();
}

function encodeStream(subset: unknown): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const stream = (subset as { encodeStream(): { on(e: string, f: (d?: Uint8Array) => void): void } }).encodeStream();
  return new Promise((resolve) => {
    stream.on('data', (d) => chunks.push(d!));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
