// How the library's documents are indexed and searched: fields, boosts, prefix and typo
// tolerance. Anything here that changes the saved index also changes its fingerprint.
import { createHash } from 'node:crypto';
import MiniSearch, { type Options } from 'minisearch';
import type { SearchableDocument } from './index';
import { isCjk, processTerm, TEXT_RULES, tokenize, tokenizeQuery } from './text';

/** The layout of toJSON's output; bump when it changes. */
export const FORMAT_VERSION = 1;
const FIELDS = ['title', 'tags', 'notes', 'text'];
// The id comes back on every result already, so only what a hit and the filters need is stored.
const STORE_FIELDS = ['title', 'kind', 'tags'];

const LATIN_ASCII = /^[a-z0-9]*$/;

export const options: Options<SearchableDocument> = {
  fields: FIELDS,
  storeFields: STORE_FIELDS,
  // Tags stay an array in the stored fields (for exact filtering) but are indexed as words.
  stringifyField: (value) => (Array.isArray(value) ? value.join(' ') : String(value)),
  tokenize,
  processTerm,
  searchOptions: {
    tokenize: tokenizeQuery,
    boost: { title: 3, tags: 2 },
    combineWith: 'AND',
    // "ma" as a prefix matches a large part of an English index (~25 ms) and says little, so
    // Latin words wait for a third letter; other scripts (CJK, Hangul, Arabic) carry more per character.
    prefix: (term) => term.length >= 3 || !LATIN_ASCII.test(term),
    // Short words have too many neighbours one typo away; CJK bigrams have no typos to forgive.
    fuzzy: (term) => (term.length >= 4 && !isCjk(term) ? 0.2 : false),
    maxFuzzy: 2,
  },
};

/** Changes whenever a saved index would be built differently (tokenising, fields, MiniSearch's own format). */
export const FINGERPRINT = createHash('sha256')
  .update(JSON.stringify([TEXT_RULES, FIELDS, STORE_FIELDS, new MiniSearch(options).toJSON().serializationVersion]))
  .digest('hex')
  .slice(0, 16);
