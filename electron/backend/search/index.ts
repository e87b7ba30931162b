// Full-text search over the document library: MiniSearch for the inverted index (prefix and
// typo-tolerant), our own tokeniser for accents and CJK, and snippets cut from texts we keep
// beside the index rather than in MiniSearch's stored fields.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { DocumentKind, SearchHit } from '../../../shared/contract';
import { FINGERPRINT, FORMAT_VERSION, options } from './options';
import { leadSnippet, matchSnippet, type Snippet } from './snippet';
import { queryTerms } from './text';

/** What the library service hands over for each document. */
export interface SearchableDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  tags: string[];
  notes: string;
  /** extracted text of the current version, may be '' */
  text: string;
}

/** Narrow a search; `limit` defaults to 50 like the contract's. */
export interface SearchFilters {
  kind?: DocumentKind;
  tag?: string;
  limit?: number;
}

/** The search index of the document library. */
export interface DocumentSearch {
  upsert(doc: SearchableDocument): void;
  remove(id: string): void;
  has(id: string): boolean;
  search(query: string, filters?: SearchFilters): SearchHit[];
  /** Serialises the index (MiniSearch toJSON + a format version + a fingerprint of the options); */
  toJSON(): string;
  readonly size: number;
}

interface Texts {
  notes: string;
  text: string;
}
interface Stored {
  title: string;
  kind: DocumentKind;
  tags: string[];
}

const MAX_QUERY_TERMS = 8;
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function wrap(index: MiniSearch<SearchableDocument>, texts: Map<string, Texts>): DocumentSearch {
  const stored = (id: string) => index.getStoredFields(id) as unknown as Stored;

  const tagKey = (tag: string) => tag.trim().normalize('NFC').toLowerCase();
  const filterFor = ({ kind, tag }: SearchFilters) => {
    const wanted = tag === undefined ? '' : tagKey(tag);
    return (fields: Stored) => (!kind || fields.kind === kind) && (!wanted || fields.tags.some((t) => tagKey(t) === wanted));
  };

  const hit = (id: string, fields: Stored, score: number, snippet: Snippet): SearchHit => ({
    documentId: id,
    title: fields.title,
    kind: fields.kind,
    score,
    ...snippet,
  });

  const lead = (id: string) => {
    const t = texts.get(id)!;
    return leadSnippet(t.text || t.notes);
  };

  // The best passage is in the body text; notes, the title or the tags are shown when only they match.
  const toHit = (result: SearchResult): SearchHit => {
    const id = result.id as string;
    const fields = stored(id);
    const t = texts.get(id)!;
    // MiniSearch says which fields each term was found in, so fields without a match are not scanned.
    const termsIn = (field: string) => Object.keys(result.match).filter((term) => result.match[term].includes(field));
    const snippet =
      matchSnippet(t.text, termsIn('text')) ??
      matchSnippet(t.notes, termsIn('notes')) ??
      matchSnippet(fields.title.normalize('NFC'), termsIn('title')) ??
      // Found only by a tag: show the tags, so the user sees why it matched.
      matchSnippet(fields.tags.join(', ').normalize('NFC'), termsIn('tags')) ??
      lead(id);
    return hit(id, fields, result.score, snippet);
  };

  // Sorting 2,000 titles with a collator takes ~5 ms, so the order is kept until the next change.
  let byTitle: string[] | null = null;
  const list = (filters: SearchFilters, limit: number): SearchHit[] => {
    byTitle ??= [...texts.keys()].sort((a, b) => collator.compare(stored(a).title, stored(b).title));
    const keep = filterFor(filters);
    const hits: SearchHit[] = [];
    for (const id of byTitle) {
      if (hits.length >= limit) break;
      const fields = stored(id);
      if (keep(fields)) hits.push(hit(id, fields, 0, lead(id)));
    }
    return hits;
  };

  return {
    upsert(doc) {
      // discard is O(1): MiniSearch drops the old postings lazily, so a replace stays cheap at any size.
      if (index.has(doc.id)) index.discard(doc.id);
      index.add(doc);
      // NFC, so that folding character by character (for highlights) equals folding by word.
      texts.set(doc.id, { notes: doc.notes.normalize('NFC'), text: doc.text.normalize('NFC') });
      byTitle = null;
    },
    remove(id) {
      if (index.has(id)) index.discard(id);
      texts.delete(id);
      byTitle = null;
    },
    has: (id) => index.has(id),
    search(query, filters = {}) {
      const limit = filters.limit ?? 50;
      if (query.trim() === '') return list(filters, limit);
      // A pasted paragraph would cost ~150 ms; its first few distinct words say enough.
      const terms = [...new Set(queryTerms(query))].slice(0, MAX_QUERY_TERMS);
      if (terms.length === 0) return []; // only punctuation, like ".*" or "++"
      const keep = filterFor(filters);
      // The terms are already folded; folding them again changes nothing.
      const base = { filter: (result: SearchResult) => keep(result as unknown as Stored), tokenize: () => terms };
      let results = index.search(query, base);
      // Every word must match first; when that finds nothing, any word may.
      if (results.length === 0 && terms.length > 1) results = index.search(query, { ...base, combineWith: 'OR' });
      return results.slice(0, limit).map(toHit);
    },
    toJSON: () =>
      JSON.stringify({
        format: FORMAT_VERSION,
        fingerprint: FINGERPRINT,
        index: index.toJSON(),
        // Beside MiniSearch's data, not in its stored fields: MiniSearch copies stored fields into
        // every result it builds (up to all 2,000 per search), and only the hits shown need text.
        texts: [...texts].map(([id, t]) => [id, t.notes, t.text]),
      }),
    get size() {
      return index.documentCount;
    },
  };
}

/** An empty search index. */
export function createDocumentSearch(): DocumentSearch {
  return wrap(new MiniSearch(options), new Map());
}

const isTextEntry = (e: unknown): e is [string, string, string] =>
  Array.isArray(e) && e.length === 3 && e.every((part) => typeof part === 'string');

/** Restores from toJSON output; returns null (so the caller rebuilds) when the data is from another format version, corrupt, or empty. Never throws. */
export function loadDocumentSearch(json: string): DocumentSearch | null {
  try {
    if (typeof json !== 'string' || json.trim() === '') return null;
    const data = JSON.parse(json) as { format?: unknown; fingerprint?: unknown; index?: unknown; texts?: unknown };
    if (data?.format !== FORMAT_VERSION || data.fingerprint !== FINGERPRINT) return null;
    if (typeof data.index !== 'object' || data.index === null) return null;
    if (!Array.isArray(data.texts) || !data.texts.every(isTextEntry)) return null;
    const index = MiniSearch.loadJS(data.index as Parameters<typeof MiniSearch.loadJS>[0], options);
    const texts = new Map<string, Texts>(data.texts.map(([id, notes, text]) => [id, { notes, text }]));
    // The two halves must describe the same documents, or hits would lack snippets.
    if (index.documentCount === 0 || index.documentCount !== texts.size) return null;
    for (const id of texts.keys()) if (!index.has(id)) return null;
    return wrap(index, texts);
  } catch {
    return null;
  }
}
