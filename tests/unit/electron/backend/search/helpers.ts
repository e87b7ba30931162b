import { createDocumentSearch, type DocumentSearch, type SearchableDocument } from '../../../../../electron/backend/search';

let counter = 0;

/** A document with sensible defaults; ids follow the contract's pattern. */
export function doc(fields: Partial<SearchableDocument> = {}): SearchableDocument {
  counter++;
  return {
    id: `doc-${String(counter).padStart(4, '0')}`,
    title: `Document ${counter}`,
    kind: 'other',
    tags: [],
    notes: '',
    text: '',
    ...fields,
  };
}

/** An index holding `docs`. */
export function indexOf(...docs: SearchableDocument[]): DocumentSearch {
  const search = createDocumentSearch();
  for (const d of docs) search.upsert(d);
  return search;
}

/** The ids of the hits, best first. */
export const ids = (search: DocumentSearch, query: string, filters?: Parameters<DocumentSearch['search']>[1]) =>
  search.search(query, filters).map((h) => h.documentId);

/** The highlighted pieces of a hit's snippet. */
export const marked = (hit: { snippet: string; highlights: Array<[number, number]> }) =>
  hit.highlights.map(([s, e]) => hit.snippet.slice(s, e));
