import { Parser } from 'htmlparser2';

// Tags that end a line of text; everything else is inline and only adds its words.
const BREAKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tr', 'ul',
]);
// Paragraph-like blocks get a blank line after them, as a reader would see.
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'pre']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/**
 * Turns an HTML fragment (or plain text) into clean plain text: tags removed, entities
 * decoded, paragraphs and list items kept on their own lines ("• " before items).
 */
export function htmlToText(input: string, maxChars = Infinity): string {
  // Several boards escape the HTML inside the JSON string ("&lt;p&gt;Hello&lt;/p&gt;"):
  // with no real tag but escaped ones, decode once, then read it as HTML.
  const source = !/<[a-z!/]/i.test(input) && /&lt;\/?[a-z]/i.test(input) ? decodeOnce(input) : input;
  const out: string[] = [];
  // Breaks are held until the next text, and the larger wins: "</li><li>" is one line
  // break, "</p><p>" one blank line, however many tags sit between.
  let pending = 0;
  let skipping = 0;
  let pre = 0;
  // Inside a list item, paragraphs and nested lists stay tight: no blank lines between items.
  let items = 0;
  const write = (text: string) => {
    if (pending > 0 && out.length > 0) out.push('\n'.repeat(pending));
    pending = 0;
    out.push(text);
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping++;
        if (name === 'pre') pre++;
        // Each <br> counts: two in a row leave a blank line.
        if (name === 'br') pending = Math.min(2, pending + 1);
        else if (BREAKS.has(name)) pending = Math.max(pending, 1);
        if (name === 'li') {
          items++;
          write('• ');
        }
        if (name === 'td' || name === 'th') write(' ');
      },
      ontext(text) {
        if (skipping > 0) return;
        const clean = pre > 0 ? text : text.replace(/[ \t\r\n\f\u00a0]+/g, ' ');
        // Whitespace between blocks is layout, not content.
        if (pending > 0 && !clean.trim()) return;
        write(clean);
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (name === 'li') items = Math.max(0, items - 1);
        if (BREAKS.has(name) && name !== 'br') pending = Math.max(pending, PARAGRAPHS.has(name) && items === 0 ? 2 : 1);
      },
    },
    { decodeEntities: true },
  );
  parser.write(source);
  parser.end();
  return tidy(out.join(''), maxChars);
}

/** Decodes entities in text that holds no tags (for names and titles). */
export function decodeOnce(text: string): string {
  let decoded = '';
  const parser = new Parser({ ontext: (t) => void (decoded += t) }, { decodeEntities: true });
  // Escape "<" so that text that merely looks like a tag stays text.
  parser.write(text.replace(/</g, '&lt;'));
  parser.end();
  return decoded;
}

/** One line of plain text from a short field such as a title: tags dropped, spaces collapsed. */
export function htmlToLine(input: string, maxChars: number): string {
  return htmlToText(input, maxChars * 2).replace(/\s+/g, ' ').trim().slice(0, maxChars).trim();
}

function tidy(text: string, maxChars: number): string {
  const lines = text.split('\n').map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim());
  // "• " alone on a line happens when an <li> wraps a <p>; join it to the text that follows.
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.length > 0 ? joined[joined.length - 1] : undefined;
    if (previous === '•' && line) joined[joined.length - 1] = `• ${line}`;
    else if (previous === '•' && !line) continue;
    else joined.push(line);
  }
  const result = joined.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return result.length <= maxChars ? result : cut(result, maxChars);
}

// Cuts at the last space before the limit so no word is broken, and says so with "…".
function cut(text: string, maxChars: number): string {
  let slice = text.slice(0, maxChars - 1);
  // Never leave half of a surrogate pair (an emoji) at the end.
  if (/[\ud800-\udbff]$/.test(slice)) slice = slice.slice(0, -1);
  const space = slice.lastIndexOf(' ');
  return `${(space > maxChars * 0.8 ? slice.slice(0, space) : slice).trimEnd()}…`;
}
