import path from 'node:path';

// What a file really is decides how it is previewed and which text extractor reads it, so
// the first bytes win over the name: a PDF saved as "resume.docx" is still a PDF.

/** How many bytes detectMimeType wants to see from the start of a file. */
export const SNIFF_BYTES = 4096;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const ODT = 'application/vnd.oasis.opendocument.text';
const OCTET_STREAM = 'application/octet-stream';

const BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': DOCX,
  '.doc': 'application/msword',
  '.odt': ODT,
  '.rtf': 'application/rtf',
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.csv': 'text/csv',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.xlsx': XLSX,
  '.pptx': PPTX,
};

const LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  [DOCX]: 'Word document',
  'application/msword': 'Word document',
  [ODT]: 'OpenDocument text',
  'application/rtf': 'Rich text document',
  'text/rtf': 'Rich text document',
  'text/plain': 'Text',
  'text/markdown': 'Markdown text',
  'text/csv': 'Spreadsheet (CSV)',
  'text/html': 'Web page',
  [XLSX]: 'Excel spreadsheet',
  [PPTX]: 'PowerPoint presentation',
  'application/zip': 'Zip archive',
};

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
// OLE2 compound file: old .doc files, and also password-protected .docx files.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const TEXT_TYPES = new Set(['text/plain', 'text/markdown', 'text/csv', 'text/html']);

/** The MIME type of a file from its first bytes, or from its extension when the bytes say nothing. */
export function detectMimeType(head: Uint8Array, fileName: string): string {
  const byExtension = BY_EXTENSION[path.extname(fileName).toLowerCase()];
  return fromContent(Buffer.from(head.buffer, head.byteOffset, head.byteLength), byExtension) ?? byExtension ?? OCTET_STREAM;
}

/** A short, plain-language name for a type, for the UI: "PDF", "Word document", "Picture", "Text"… */
export function typeLabel(mimeType: string): string {
  const type = mimeType.split(';')[0].trim().toLowerCase();
  if (LABELS[type]) return LABELS[type];
  if (type.startsWith('image/')) return 'Picture';
  if (type.startsWith('text/')) return 'Text';
  return 'File';
}

function fromContent(head: Buffer, byExtension: string | undefined): string | undefined {
  if (startsWith(head, PNG)) return 'image/png';
  if (startsWith(head, JPEG)) return 'image/jpeg';
  const ascii = head.toString('latin1', 0, 16);
  if (ascii.startsWith('GIF87a') || ascii.startsWith('GIF89a')) return 'image/gif';
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'image/webp';
  if (ascii.startsWith('{\\rtf')) return 'application/rtf';
  // Readers accept "%PDF-" anywhere in the first 1,024 bytes (some generators put junk first);
  // a text file that merely mentions it later on stays text.
  const pdfAt = head.subarray(0, 1024).indexOf('%PDF-', 0, 'latin1');
  if (pdfAt === 0 || (pdfAt > 0 && !TEXT_TYPES.has(byExtension ?? ''))) return 'application/pdf';
  if (startsWith(head, ZIP_LOCAL_HEADER)) return fromZip(head, byExtension);
  if (startsWith(head, OLE)) {
    // Which Office program made it is deep inside; trust a Word extension, as encrypted .docx files look the same.
    return byExtension === DOCX || byExtension === 'application/msword' ? byExtension : 'application/x-ole-storage';
  }
  return undefined;
}

/** Tells Word, Excel, PowerPoint and OpenDocument files from other zips by their first entries. */
function fromZip(head: Buffer, byExtension: string | undefined): string {
  const names = zipEntryNames(head);
  if (names.some((n) => n.startsWith('word/'))) return DOCX;
  if (names.some((n) => n.startsWith('xl/'))) return XLSX;
  if (names.some((n) => n.startsWith('ppt/'))) return PPTX;
  const odf = openDocumentType(head);
  if (odf) return odf;
  // An Office file whose first entries are too large to see past: it is Office, so trust an Office extension.
  const isOffice = names.some((n) => n === '[Content_Types].xml' || n.startsWith('_rels/') || n.startsWith('docProps/'));
  if (isOffice && (byExtension === DOCX || byExtension === XLSX || byExtension === PPTX)) return byExtension;
  return 'application/zip';
}

/**
 * Entry names of the zip's local headers within `head`. Found by signature rather than by
 * walking sizes, because streamed zips (LibreOffice, many libraries) leave sizes in the
 * local headers at 0 and put them after the data.
 */
function zipEntryNames(head: Buffer): string[] {
  const names: string[] = [];
  for (let at = head.indexOf(ZIP_LOCAL_HEADER); at >= 0 && at + 30 <= head.length; at = head.indexOf(ZIP_LOCAL_HEADER, at + 4)) {
    const end = at + 30 + head.readUInt16LE(at + 26);
    if (end > head.length) break;
    names.push(head.toString('utf8', at + 30, end));
  }
  return names;
}

/** OpenDocument files start with an uncompressed entry "mimetype" that holds their type. */
function openDocumentType(head: Buffer): string | undefined {
  const isMimetypeEntry = head.length >= 38 && head.readUInt16LE(26) === 8 && head.toString('latin1', 30, 38) === 'mimetype';
  if (!isMimetypeEntry || head.readUInt16LE(8) !== 0) return undefined; // 0: stored, not compressed
  const start = 38 + head.readUInt16LE(28);
  const type = head.toString('latin1', start, Math.min(head.length, start + head.readUInt32LE(18)));
  return /^application\/vnd\.oasis\.opendocument\.[a-z.-]+$/u.test(type) ? type : undefined;
}

function startsWith(head: Buffer, signature: ArrayLike<number>): boolean {
  if (head.length < signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (head[i] !== signature[i]) return false;
  return true;
}
