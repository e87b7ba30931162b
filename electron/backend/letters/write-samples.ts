// Writes every sample letter as DOCX and PDF into a folder (`npm run letters:samples`),
// for reviewing the layouts and for the LibreOffice check.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { LetterLanguage } from '../../../shared/domain/letters';
import { writeFileAtomic } from '../fs/atomic-write';
import { buildLetterDocx } from './docx-letter';
import { buildLetterPdf } from './pdf-letter';
import type { Paper } from './paper';
import { sampleLetters, type SampleLetter } from './sample-letters';

export interface WrittenSample {
  sample: SampleLetter;
  docx: string;
  pdf: string;
}

/** Builds and writes the samples; returns where each went. */
export async function writeSamples(outDir: string, options: { languages?: LetterLanguage[]; paper?: Paper } = {}): Promise<WrittenSample[]> {
  await fs.mkdir(outDir, { recursive: true });
  const written: WrittenSample[] = [];
  for (const sample of sampleLetters(options.languages)) {
    const docx = path.join(outDir, `${sample.baseName}.docx`);
    const pdf = path.join(outDir, `${sample.baseName}.pdf`);
    const [docxBytes, pdfBytes] = await Promise.all([buildLetterDocx(sample.document, options.paper), buildLetterPdf(sample.document, options.paper)]);
    await writeFileAtomic(docx, docxBytes);
    await writeFileAtomic(pdf, pdfBytes);
    written.push({ sample, docx, pdf });
  }
  return written;
}
