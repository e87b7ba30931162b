// The parts of a printed letter in reading order, worked out once so the DOCX and the PDF
// say exactly the same thing: sender block, date, recipient block, subject, salutation,
// body, closing and signature (US block format: everything flush left).
import { formatLetterDate, type LetterDocument } from '../../../shared/domain/letters';

export interface LetterBlocks {
  senderName: string;
  /** Address lines, then one line of phone · email · links. */
  senderLines: string[];
  date: string;
  recipientLines: string[];
  subject: string;
  salutation: string;
  /** Body paragraphs; a "\n" inside one is a line break (a list of times, say). */
  paragraphs: string[];
  closing: string;
  signatureLines: string[];
  /** BCP 47 tag for the document's language (spell-checking, screen readers). */
  locale: string;
}

const LOCALES = { en: 'en-US', es: 'es-US' } as const;

/** Splits and cleans the document into the blocks both layouts draw. */
export function letterBlocks(doc: LetterDocument): LetterBlocks {
  const { sender, recipient, body } = doc;
  const contact = [sender.phone, sender.email, ...sender.links].map(oneLine).filter(Boolean).join('  ·  ');
  return {
    senderName: oneLine(sender.name),
    senderLines: [...lines(sender.address), contact].filter(Boolean),
    date: formatLetterDate(doc.date, doc.language),
    recipientLines: [recipient.name, recipient.role, recipient.organisation].map((l) => oneLine(l ?? '')).filter(Boolean).concat(lines(recipient.address ?? '')),
    subject: oneLine(body.subject),
    salutation: oneLine(body.salutation),
    paragraphs: body.paragraphs.map((p) => lines(p).join('\n')).filter(Boolean),
    closing: oneLine(body.closing),
    signatureLines: lines(body.signature),
    locale: LOCALES[doc.language],
  };
}

/**
 * Text safe for both formats: composed accents (NFC), tabs as spaces, and no control or
 * other characters XML forbids (a DOCX holding one will not open in Word).
 */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

function lines(text: string): string[] {
  return cleanText(text)
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]+/g, ' ').trim())
    .filter(Boolean);
}
