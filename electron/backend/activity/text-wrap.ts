import type { PDFFont } from 'pdf-lib';

/** Width in points of a piece of text in one font at one size. */
export type Measure = (text: string) => number;

/** A measure that remembers each word's width: a long log repeats the same words many times. */
export function measureWith(font: PDFFont, size: number): Measure {
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = font.widthOfTextAtSize(text, size);
      if (widths.size < 50_000) widths.set(text, width);
    }
    return width;
  };
}

/**
 * Breaks text into lines no wider than `width`: at spaces where possible, inside a word
 * only when the word alone is wider than the line (a long web address). Line breaks in
 * the text are kept; runs of blank lines become one.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/ +/).filter(Boolean);
    if (words.length === 0) {
      if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
      continue;
    }
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = measure(word);
      if (line && lineWidth + space + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      const pieces = breakWord(word, width, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1];
      lineWidth = measure(line);
    }
    if (line) lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

// Splits by characters (whole code points, so no emoji is cut in half).
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const ch of word) {
    const w = measure(ch);
    if (piece && pieceWidth + w > width) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += ch;
    pieceWidth += w;
  }
  pieces.push(piece);
  return pieces;
}

/** Shortens text past `maxChars` at a space, ending with the given marker. */
export function shorten(text: string, maxChars: number, marker: string): string {
  if (text.length <= maxChars) return text;
  const chars = Array.from(text.slice(0, maxChars));
  // Array.from split by code points; a cut surrogate pair shows as a lone half at the end.
  if (/[\ud800-\udbff]/.test(chars[chars.length - 1] ?? '')) chars.pop();
  const cut = chars.join('');
  const space = cut.lastIndexOf(' ');
  return `${space > maxChars * 0.9 ? cut.slice(0, space) : cut}${marker}`;
}
