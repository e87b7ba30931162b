// Fonts for the letter PDF: DejaVu for Latin (every accent), Greek, Cyrillic and
// Vietnamese, and Droid Sans Fallback for Chinese, Japanese and Korean where DejaVu has no
// glyph. Text is drawn in runs, each in the first font that has its characters; both are
// subset, so a letter carries only the glyphs it uses.
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { FONT_FILES, loadFont, type LoadedFont } from '../activity/font';
import { useLongLocaInSubsets } from './fontkit-subset-fix';

export const FALLBACK_FONT_FILE = 'DroidSansFallbackFull.ttf';

export interface Face {
  pdf: PDFFont;
  glyphs: LoadedFont;
}

/** A weight of the letter's type: the main face and, when the letter needs it, the CJK fallback. */
export interface FontChain {
  faces: Face[];
}

/** A stretch of text drawn in one face. */
export interface Run {
  text: string;
  face: Face;
}

/** Characters that modify their neighbour or are invisible; dropped where no font can draw them. */
const invisible = (cp: number) =>
  cp === 0xad || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff || cp === 0xfe0e || cp === 0xfe0f || (cp >= 0x1f3fb && cp <= 0x1f3ff);

/**
 * Embeds the regular and bold chains. The 4 MB fallback is read and embedded only when
 * some character of the letter needs it.
 */
export async function embedLetterFonts(pdf: PDFDocument, allText: string): Promise<{ regular: FontChain; bold: FontChain }> {
  const [regular, bold] = await Promise.all([loadFont(FONT_FILES.regular), loadFont(FONT_FILES.bold)]);
  useLongLocaInSubsets(regular.bytes);
  // Ligatures off, so "fi" stays two letters when the text is searched or copied.
  const embed = async (glyphs: LoadedFont): Promise<Face> => ({ glyphs, pdf: await pdf.embedFont(glyphs.bytes, { subset: true, features: { liga: false } }) });
  const needsFallback = Array.from(allText).some((ch) => {
    const cp = ch.codePointAt(0)!;
    return cp > 0x20 && !invisible(cp) && !regular.has(cp);
  });
  const [regularFace, boldFace] = await Promise.all([embed(regular), embed(bold)]);
  if (!needsFallback) return { regular: { faces: [regularFace] }, bold: { faces: [boldFace] } };
  const fallback = await embed(await loadFont(FALLBACK_FONT_FILE));
  // Droid has no bold: bold CJK is drawn in the regular weight rather than not at all.
  return { regular: { faces: [regularFace, fallback] }, bold: { faces: [boldFace, fallback] } };
}

/** Splits one line into runs by face; characters no face has become "?" in the main face. */
export function toRuns(line: string, chain: FontChain): Run[] {
  const runs: Run[] = [];
  const [main] = chain.faces;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    let face = chain.faces.find((f) => f.glyphs.has(cp));
    let text = ch;
    if (!face) {
      if (invisible(cp) || cp < 0x20) continue;
      face = main;
      text = '?';
    }
    // A space belongs to whatever run it is in: every face has one, and fewer runs draw faster.
    const last = runs[runs.length - 1];
    if (last && (last.face === face || ch === ' ')) last.text += text;
    else runs.push({ text, face });
  }
  return runs;
}

/** Width of a line at a size, run by run. */
export function lineWidth(line: string, chain: FontChain, size: number): number {
  return toRuns(line, chain).reduce((sum, run) => sum + run.face.pdf.widthOfTextAtSize(run.text, size), 0);
}
