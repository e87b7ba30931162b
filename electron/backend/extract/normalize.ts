// One shape of text for every format, so search and snippets behave the same whatever
// the file was: words separated by single spaces, lines by \n, at most one blank line.

// Page breaks and Unicode line/paragraph separators still mean "new line" to a reader.
const LINE_BREAKS = /\r\n?|[\f\v\u0085\u2028\u2029]/g;
// Control characters (C0 but tab and newline, DEL, C1), the BOM / zero-width no-break
// space, soft hyphens (they would split words) and noncharacters carry no words.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\uFEFF\uFFFD\uFFFE\uFFFF]/g;
// A surrogate half without its partner is not text (broken PDFs and RTF produce them).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Runs of horizontal space of any kind, including no-break and ideographic spaces.
const SPACES = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Cleans extracted text: control characters out, whitespace collapsed, paragraph breaks kept as \n, capped at maxChars. */
export function normalizeText(raw: string, maxChars: number): string {
  // Collapsing only shrinks text, so anything past 4× the cap can never be kept:
  // cutting first bounds the work on huge inputs.
  const bounded = raw.length > maxChars * 4 ? raw.slice(0, maxChars * 4) : raw;
  const text = bounded
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(LONE_SURROGATE, '')
    .replace(SPACES, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return capText(text, maxChars);
}

/** Cuts text to at most maxChars without splitting a surrogate pair. */
export function capText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const end = /[\uD800-\uDBFF]/.test(text[maxChars - 1] ?? '') ? maxChars - 1 : maxChars;
  return text.slice(0, end);
}
