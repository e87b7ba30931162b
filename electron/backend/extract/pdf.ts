import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { normalizeText } from './normalize';
import { REASONS, describeError, failed, fileErrorReason, type Extracted } from './types';

type Pdfjs = typeof PdfjsModule;
let pdfjs: Promise<Pdfjs> | undefined;

/** Loads pdfjs once per thread, without its load-time warnings. */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= (async () => {
    // At load pdfjs tries the optional @napi-rs/canvas (absent from the packaged app, and
    // needed only for rendering, never for text) and prints "Warning: ..." lines before
    // any verbosity option can apply. Silence exactly those while it loads.
    const log = console.log;
    console.log = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].startsWith('Warning: ')) return;
      log(...args);
    };
    try {
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
    }
  })();
  return pdfjs;
}

// CMaps are needed to read text set in CJK fonts; standard font data for the 14 base
// fonts. Both ship inside pdfjs-dist and are read from disk (never fetched).
function dataDirs(): { cMapUrl?: string; standardFontDataUrl?: string } {
  try {
    const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { cMapUrl: path.join(root, 'cmaps') + path.sep, standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep };
  } catch {
    return {};
  }
}
let dirs: ReturnType<typeof dataDirs> | undefined;

/** Reads the text of every page of a PDF, telling apart scans, password-protected and damaged files. */
export async function extractPdf(filePath: string, maxChars: number): Promise<Extracted> {
  let data: Uint8Array;
  try {
    data = new Uint8Array(await readFile(filePath));
  } catch (err) {
    return failed(fileErrorReason(err) ?? REASONS.unreadable, err);
  }
  const lib = await loadPdfjs();
  dirs ??= dataDirs();
  const task = lib.getDocument({
    data,
    ...dirs,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    return await readPages(doc, maxChars);
  } catch (err) {
    if ((err as Error | undefined)?.name === 'PasswordException') {
      return { result: { status: 'encrypted', text: '', reason: REASONS.pdfEncrypted }, detail: describeError(err) };
    }
    return failed(REASONS.pdfDamaged, err);
  } finally {
    await task.destroy();
  }
}

async function readPages(doc: PDFDocumentProxy, maxChars: number): Promise<Extracted> {
  const pages: string[] = [];
  let length = 0;
  let broken = 0;
  let firstError: unknown;
  for (let n = 1; n <= doc.numPages && length <= maxChars; n++) {
    // One damaged page should not cost the text of all the others.
    try {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      page.cleanup();
      pages.push(text);
      length += text.length;
    } catch (err) {
      broken++;
      firstError ??= err;
    }
  }
  const text = normalizeText(pages.join('\n\n'), maxChars);
  const detail = broken ? `${broken} of ${doc.numPages} pages unreadable: ${describeError(firstError)}` : undefined;
  if (text) return { result: { status: 'has-text', text, pages: doc.numPages }, detail };
  if (broken === doc.numPages && broken > 0) return { ...failed(REASONS.pdfDamaged), detail };
  return { result: { status: 'no-text-layer', text: '', reason: REASONS.pdfNoText, pages: doc.numPages }, detail };
}
