// Saves a letter into the document library: build the file, then hand it to the same
// ingest pipeline as a dropped file (atomic placement, index, text extraction, search).
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { LetterSaved, ParsedArgs } from '../../../shared/contract';
import type { Library } from '../documents/library';
import { UserError } from '../errors';
import { buildLetterDocx } from './docx-letter';
import { buildLetterPdf } from './pdf-letter';

export type SaveLetterArgs = ParsedArgs<'letters-save'>;

/** Builds the letter in the asked format and adds it to the library as a cover letter or a document. */
export async function saveLetter(library: Library, args: SaveLetterArgs): Promise<LetterSaved> {
  const bytes = args.format === 'pdf' ? await buildLetterPdf(args.document, args.paper) : await buildLetterDocx(args.document, args.paper);
  const name = withExtension(args.fileName, args.format);
  const { outcome } = await library.importStream(Readable.from([Buffer.from(bytes)]), {
    batchId: `letter-${randomUUID()}`,
    name,
    index: 0,
    total: 1,
    kind: args.kind,
  });
  if (outcome.status === 'skipped') throw new UserError(`We couldn’t save the letter to your library: ${outcome.reason}`);
  if (outcome.status === 'added') {
    return { documentId: outcome.documentId, versionId: outcome.versionId, name: library.get(outcome.documentId)?.title ?? name, existing: false };
  }
  // The very same bytes are already there (saved twice in the same second): point at that copy.
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existing = library.get(outcome.documentId);
  const version = existing?.versions.find((v) => v.sha256 === sha256) ?? existing?.versions.at(-1);
  if (!existing || !version) throw new UserError('We couldn’t save the letter to your library. Try again.');
  return { documentId: existing.id, versionId: version.id, name: existing.title, existing: true };
}

/** The name with the format's extension, whatever the caller sent ("Letter.txt" → "Letter.txt.pdf"). */
export function withExtension(fileName: string, format: 'pdf' | 'docx'): string {
  const trimmed = fileName.trim();
  return trimmed.toLowerCase().endsWith(`.${format}`) ? trimmed : `${trimmed}.${format}`;
}
