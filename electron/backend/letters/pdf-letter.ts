// The letter as a PDF (pdf-lib, embedded Unicode fonts): sender block, date, recipient,
// subject, salutation, body, closing and signature, wrapped to the margins and continued
// on further pages when long, each later page numbered.
import { PDFDocument, rgb, type PDFPage, type RGB } from 'pdf-lib';
import { letterText, type LetterDocument } from '../../../shared/domain/letters';
import { fontkit } from '../activity/font';
import { wrapText, type Measure } from '../activity/text-wrap';
import { fillText } from '../../../shared/domain/letters/template-fill';
import { letterBlocks, type LetterBlocks } from './letter-blocks';
import { MARGIN_POINTS, PAPER_POINTS, type Paper } from './paper';
import { embedLetterFonts, lineWidth, toRuns, type FontChain } from './pdf-fonts';

const INK = rgb(0.1, 0.1, 0.12);
const GREY = rgb(0.36, 0.36, 0.4);
const BODY = 11;
const SMALL = 9.5;
const NAME = 15;
const LEADING = 1.38;
const PARAGRAPH_GAP = 9;

interface Style {
  chain: FontChain;
  size: number;
  color: RGB;
}

/** Lines that belong together and a gap after them. */
interface Block {
  /** `before` adds space above a line inside the block (room for a handwritten signature). */
  lines: Array<{ text: string; style: Style; before?: number }>;
  gapAfter: number;
  /** Keep the whole block on one page (addresses, the signature); body paragraphs may split. */
  keepTogether: boolean;
}

/** Builds the PDF bytes for a letter; `now` is its creation date in the metadata. */
export async function buildLetterPdf(doc: LetterDocument, paper: Paper = 'letter', now = new Date()): Promise<Uint8Array> {
  const blocks = letterBlocks(doc);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const fonts = await embedLetterFonts(pdf, allText(blocks));
  const body: Style = { chain: fonts.regular, size: BODY, color: INK };
  const bold: Style = { ...body, chain: fonts.bold };
  const small: Style = { chain: fonts.regular, size: SMALL, color: GREY };

  const [width, height] = PAPER_POINTS[paper];
  const textWidth = width - 2 * MARGIN_POINTS;
  const wrap = (text: string, style: Style) => wrapText(text, textWidth, measureFor(style));
  const block = (texts: string[], style: Style, gapAfter: number, keepTogether = true): Block => ({
    lines: texts.flatMap((t) => wrap(t, style)).map((text) => ({ text, style })),
    gapAfter,
    keepTogether,
  });

  const sender = block([blocks.senderName], { ...bold, size: NAME }, 3);
  const layout: Block[] = [
    sender,
    block(blocks.senderLines, small, 26),
    block([blocks.date], body, 18),
    block(blocks.recipientLines, body, 18),
    block([blocks.subject], bold, 14),
    block([blocks.salutation], body, PARAGRAPH_GAP),
    ...blocks.paragraphs.map((p) => block([p], body, PARAGRAPH_GAP, false)),
    signOff(block([blocks.closing], body, 0), block(blocks.signatureLines.slice(0, 1), body, 0), block(blocks.signatureLines.slice(1), small, 0)),
  ].filter((b) => b.lines.length > 0);

  const pages = paginate(layout, height);
  const pageWords = letterText(doc.language).common.pageNumber;
  pages.forEach((placed, index) => {
    const page = pdf.addPage([width, height]);
    for (const { text, style, top } of placed) drawLine(page, text, MARGIN_POINTS, top, style);
    if (pages.length > 1) {
      // Loose pages of a printed letter still say whose they are and where they go.
      const label = fillText(pageWords, { page: String(index + 1), pages: String(pages.length) }) ?? '';
      const footerTop = MARGIN_POINTS / 2 + small.size;
      drawLine(page, label, width - MARGIN_POINTS - lineWidth(label, small.chain, small.size), footerTop, small);
      if (blocks.senderName) drawLine(page, blocks.senderName, MARGIN_POINTS, footerTop, small);
    }
  });

  pdf.setTitle(blocks.subject || blocks.senderName || 'Letter');
  if (blocks.senderName) pdf.setAuthor(blocks.senderName);
  pdf.setCreator('Career Organizer');
  pdf.setProducer('Career Organizer (pdf-lib)');
  pdf.setLanguage(blocks.locale);
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  return pdf.save();
}

type Placed = { text: string; style: Style; top: number };

/** Space above the signed name: room to sign a printed letter by hand. */
const SIGNATURE_SPACE = 30;

/** The closing, the name and the contact lines as one block that never splits. */
function signOff(closing: Block, name: Block, details: Block): Block {
  const [first, ...rest] = name.lines;
  const named = first ? [{ ...first, before: closing.lines.length ? SIGNATURE_SPACE : 0 }, ...rest] : [];
  return { lines: [...closing.lines, ...named, ...details.lines], gapAfter: 0, keepTogether: true };
}

/**
 * Places lines top to bottom, starting a new page when the next line would cross the
 * bottom margin. A keep-together block moves whole; a body paragraph splits between lines,
 * but never leaves a single line alone at the foot of a page or the top of the next.
 */
function paginate(layout: Block[], pageHeight: number): Placed[][] {
  const top = pageHeight - MARGIN_POINTS;
  const bottom = MARGIN_POINTS;
  const pages: Placed[][] = [[]];
  let y = top;
  const height = (line: Block['lines'][number]) => (line.before ?? 0) + line.style.size * LEADING;
  const newPage = () => {
    pages.push([]);
    y = top;
  };
  /** How many of the lines, from the first, fit above the bottom margin. */
  const fitting = (lines: Block['lines']) => {
    let room = y - bottom;
    let n = 0;
    while (n < lines.length && room - height(lines[n]) >= 0) room -= height(lines[n++]);
    return n;
  };
  for (const block of layout) {
    let lines = block.lines;
    const total = lines.reduce((sum, line) => sum + height(line), 0);
    if (block.keepTogether && fitting(lines) < lines.length && total <= top - bottom && y < top) newPage();
    while (lines.length > 0) {
      let n = fitting(lines);
      if (!block.keepTogether && n < lines.length) {
        if (lines.length - n === 1 && n >= 3) n--; // carry one more line over rather than leave a widow
        if (n < 2 && y < top) n = 0; // no orphan: move the paragraph to the next page
      }
      if (n === 0 && y === top) n = 1; // a line taller than the page still has to go somewhere
      for (const line of lines.slice(0, n)) {
        y -= line.before ?? 0;
        pages[pages.length - 1].push({ text: line.text, style: line.style, top: y });
        y -= line.style.size * LEADING;
      }
      lines = lines.slice(n);
      if (lines.length > 0) newPage();
    }
    y -= block.gapAfter;
  }
  return pages.filter((p) => p.length > 0);
}

function drawLine(page: PDFPage, text: string, x: number, top: number, style: Style): void {
  const baseline = top - style.size * 0.93;
  for (const run of toRuns(text, style.chain)) {
    page.drawText(run.text, { x, y: baseline, size: style.size, font: run.face.pdf, color: style.color });
    x += run.face.pdf.widthOfTextAtSize(run.text, style.size);
  }
}

function measureFor(style: Style): Measure {
  const widths = new Map<string, number>();
  return (text) => {
    let w = widths.get(text);
    if (w === undefined) {
      w = lineWidth(text, style.chain, style.size);
      widths.set(text, w);
    }
    return w;
  };
}

function allText(blocks: LetterBlocks): string {
  return [blocks.senderName, ...blocks.senderLines, blocks.date, ...blocks.recipientLines, blocks.subject, blocks.salutation, ...blocks.paragraphs, blocks.closing, ...blocks.signatureLines].join('\n');
}
