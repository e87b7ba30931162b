// @pdf-lib/fontkit 1.1.1 writes a TrueType subset with the short "loca" format whenever
// it is small enough, but does not pad glyphs to even lengths as that format requires.
// Fonts whose glyphs have odd lengths (Droid Sans Fallback, for CJK) then come out with
// shifted glyph offsets: the PDF's text can be copied, but its glyphs are blank or wrong.
// The long format has no such rule, so subsets are told to use it.
import { fontkit } from '../activity/font';

const PATCHED = Symbol.for('career-organizer.fontkit-long-loca');

interface SubsetPrototype {
  _addGlyph(this: { loca: { version?: number } }, gid: number): number;
  [PATCHED]?: true;
}

/** Makes every TrueType subset use the long loca format; `sampleFont` is any TrueType font's bytes. Idempotent. */
export function useLongLocaInSubsets(sampleFont: Uint8Array): void {
  const proto = Object.getPrototypeOf(fontkit.create(sampleFont).createSubset()) as SubsetPrototype;
  if (proto[PATCHED] || typeof proto._addGlyph !== 'function') return;
  const addGlyph = proto._addGlyph;
  proto._addGlyph = function (gid) {
    const index = addGlyph.call(this, gid);
    this.loca.version = 1;
    return index;
  };
  proto[PATCHED] = true;
}
