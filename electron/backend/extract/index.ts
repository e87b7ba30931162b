// Text extraction for the document library: the public face of this folder.
import { extractTextDetailed } from './extract-text';
import type { ExtractResult } from './types';

export type { ExtractStatus, ExtractResult } from './types';
export { DEFAULT_MAX_TEXT_CHARS } from './types';
export { canExtract } from './extract-text';
export { createExtractor, defaultWorkerScript, isExtractorClosed, type Extractor, type ExtractorOptions } from './pool';

/** Reads the text of one file by its type, in this thread. */
export async function extractText(filePath: string, mimeType: string, maxTextChars?: number): Promise<ExtractResult> {
  return (await extractTextDetailed(filePath, mimeType, maxTextChars)).result;
}
