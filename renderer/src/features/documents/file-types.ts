import type { DocumentVersion } from '../../../../shared/contract';

/** What a file is, as a job seeker would say it; keys of `documents.types`. */
export type FileType = 'pdf' | 'word' | 'oldWord' | 'openDocument' | 'rtf' | 'text' | 'markdown' | 'image' | 'other';

/** How the preview shows a file. */
export type PreviewKind = 'pdf' | 'docx' | 'image' | 'text' | 'none';

const BY_EXTENSION: Record<string, FileType> = {
  pdf: 'pdf',
  docx: 'word',
  doc: 'oldWord',
  odt: 'openDocument',
  rtf: 'rtf',
  txt: 'text',
  md: 'markdown',
  markdown: 'markdown',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  bmp: 'image',
  svg: 'image',
};

const BY_MIME: Record<string, FileType> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'word',
  'application/msword': 'oldWord',
  'application/vnd.oasis.opendocument.text': 'openDocument',
  'application/rtf': 'rtf',
  'text/rtf': 'rtf',
  'text/plain': 'text',
  'text/markdown': 'markdown',
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The type of a version, from its MIME type, else from its file name (a backend may only know "octet-stream"). */
export function fileTypeOf(version: Pick<DocumentVersion, 'mimeType' | 'file' | 'originalName'>): FileType {
  const mime = version.mimeType.split(';')[0].trim().toLowerCase();
  if (BY_MIME[mime]) return BY_MIME[mime];
  if (mime.startsWith('image/')) return 'image';
  return BY_EXTENSION[extensionOf(version.file)] ?? BY_EXTENSION[extensionOf(version.originalName)] ?? 'other';
}

/** Which previewer fits a version; RTF and old Word files have no in-app preview. */
export function previewKindOf(version: Pick<DocumentVersion, 'mimeType' | 'file' | 'originalName'>): PreviewKind {
  switch (fileTypeOf(version)) {
    case 'pdf':
      return 'pdf';
    case 'word':
      return 'docx';
    case 'image':
      return 'image';
    case 'text':
    case 'markdown':
      return 'text';
    default:
      return 'none';
  }
}
