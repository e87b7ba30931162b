import { Parser } from 'htmlparser2';

/** A JSON-LD node: any object read from a page's structured data. */
export type LdNode = Record<string, unknown>;

// Walking limits: real pages nest a few levels and hold a few hundred nodes; anything far
// beyond that is broken or hostile, and must not cost more than a moment.
const MAX_DEPTH = 32;
const MAX_NODES = 50_000;

/** The text of every `<script type="application/ld+json">` on a page, in page order. */
export function extractJsonLdScripts(html: string): string[] {
  const blocks: string[] = [];
  let current: string[] | null = null;
  // A real tokenizer: script bodies are raw text (a "</p>" inside JSON is not a tag), and
  // attributes may be quoted any way or carry parameters ("application/ld+json; charset=utf-8").
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name !== 'script') return;
        const type = (attribs.type ?? '').split(';')[0].trim().toLowerCase();
        current = type === 'application/ld+json' ? [] : null;
      },
      ontext(text) {
        current?.push(text);
      },
      onclosetag(name) {
        if (name === 'script' && current) blocks.push(current.join(''));
        if (name === 'script') current = null;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return blocks;
}

/** Parses one block, forgiving the mistakes real sites make; undefined when it still isn't JSON. */
export function parseJsonLdBlock(block: string): unknown {
  // Some CMSs wrap the JSON in HTML comments or CDATA markers left over from XHTML days.
  const text = block
    .trim()
    .replace(/^(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\*\s*\]\]>\s*\*\/|\]\]>)$/, '')
    .trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // The most common fault: raw line breaks or tabs inside strings (descriptions pasted
    // from an editor). Escaping them is safe: outside strings they are only whitespace.
    try {
      return JSON.parse(escapeControlCharsInStrings(text));
    } catch {
      return undefined;
    }
  }
}

function escapeControlCharsInStrings(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') {
        out += ch + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (ch === '"') inString = false;
      const code = ch.charCodeAt(0);
      out += code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
    } else {
      if (ch === '"') inString = true;
      out += ch;
    }
  }
  return out;
}

/** True when a node's @type (a string or an array, maybe with a schema.org prefix) names `type`. */
export function hasType(node: LdNode, type: string): boolean {
  const raw = node['@type'];
  const types = Array.isArray(raw) ? raw : [raw];
  return types.some((t) => typeof t === 'string' && t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '') === type);
}

/** Every object node in the parsed blocks (top-level arrays, @graph, nested values), with an @id index. */
export function collectNodes(roots: unknown[]): { nodes: LdNode[]; byId: Map<string, LdNode> } {
  const nodes: LdNode[] = [];
  const byId = new Map<string, LdNode>();
  // A stack popped from the end: roots go in reversed so the page's first block is read first.
  const stack: Array<{ value: unknown; depth: number }> = roots.map((value) => ({ value, depth: 0 })).reverse();
  while (stack.length > 0 && nodes.length < MAX_NODES) {
    const { value, depth } = stack.pop()!;
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1 });
      continue;
    }
    const node = value as LdNode;
    nodes.push(node);
    const id = node['@id'];
    // A node that only points at another ("@id" alone) must not shadow the full one.
    if (typeof id === 'string' && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
    const children = Object.values(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ value: children[i], depth: depth + 1 });
  }
  return { nodes, byId };
}

/** Follows a reference such as {"@id": "#org"} to the node it names, when the page defines it. */
export function deref(value: unknown, byId: Map<string, LdNode>): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const node = value as LdNode;
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).length === 1) return byId.get(id) ?? value;
  }
  return value;
}
