// The letter as a Word document (docx library): the same blocks as the PDF, as real
// paragraphs with styles, so the recipient or the user can edit it in Word or LibreOffice.
import { AlignmentType, Document, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import type { LetterDocument } from '../../../shared/domain/letters';
import { letterBlocks } from './letter-blocks';
import { MARGIN_POINTS, PAPER_POINTS, type Paper } from './paper';

const TWIPS_PER_POINT = 20;
/** Calibri is Word's own default on Windows and macOS; LibreOffice substitutes a metric twin. */
const BODY_FONT = 'Calibri';
const BODY_SIZE = 22; // half-points: 11 pt
const SMALL_SIZE = 19;
const NAME_SIZE = 30;
const GREY = '555555';

/** Builds the DOCX bytes for a letter. */
export async function buildLetterDocx(doc: LetterDocument, paper: Paper = 'letter'): Promise<Uint8Array> {
  const blocks = letterBlocks(doc);
  const [width, height] = PAPER_POINTS[paper];
  const margin = MARGIN_POINTS * TWIPS_PER_POINT;

  const line = (text: string, run: IRunOptions = {}, after = 0) =>
    new Paragraph({ children: [new TextRun({ text, ...run })], spacing: { after }, keepNext: true, keepLines: true });
  const gap = (after: number) => new Paragraph({ children: [], spacing: { after } });

  const children: Paragraph[] = [];
  if (blocks.senderName) children.push(line(blocks.senderName, { bold: true, size: NAME_SIZE }, 40));
  blocks.senderLines.forEach((text) => children.push(line(text, { size: SMALL_SIZE, color: GREY })));
  children.push(gap(360), line(blocks.date, {}, 280));
  if (blocks.recipientLines.length) {
    blocks.recipientLines.forEach((text, i) => children.push(line(text, {}, i === blocks.recipientLines.length - 1 ? 280 : 0)));
  }
  if (blocks.subject) children.push(line(blocks.subject, { bold: true }, 240));
  if (blocks.salutation) children.push(line(blocks.salutation, {}, 200));
  for (const paragraph of blocks.paragraphs) {
    // A list inside a paragraph keeps its line breaks; widow control stops single lines at page ends.
    const runs = paragraph.split('\n').map((text, i) => new TextRun({ text, break: i > 0 ? 1 : undefined }));
    children.push(new Paragraph({ children: runs, spacing: { after: 200, line: 276 }, widowControl: true, alignment: AlignmentType.LEFT }));
  }
  if (blocks.closing) children.push(line(blocks.closing, {}, blocks.signatureLines.length ? 560 : 0));
  blocks.signatureLines.forEach((text, i) => children.push(line(text, i === 0 ? {} : { size: SMALL_SIZE, color: GREY })));

  const document = new Document({
    creator: blocks.senderName || 'Career Organizer',
    title: blocks.subject || undefined,
    lastModifiedBy: 'Career Organizer',
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: BODY_SIZE, language: { value: blocks.locale } },
          paragraph: { spacing: { after: 0, line: 264 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(width * TWIPS_PER_POINT), height: Math.round(height * TWIPS_PER_POINT) },
            margin: { top: margin, right: margin, bottom: margin, left: margin },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
