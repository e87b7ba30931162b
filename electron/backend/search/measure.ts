// Search latency over a generated library, for the bench runner (documents.search_p95_ms).
// Not a unit test: timings on shared machines are noisy, so nothing here asserts a limit.
import { performance } from 'node:perf_hooks';
import { DOCUMENT_KINDS } from '../../../shared/contract';
import { JOB_WORDS, NAMES, makeCorpus, prng } from './corpus';
import { createDocumentSearch, loadDocumentSearch, type SearchFilters } from './index';

/** Figures in milliseconds, except serialisedBytes. */
export interface SearchMeasurement {
  docs: number;
  queries: number;
  p50: number;
  p95: number;
  /** Indexing the whole corpus from scratch. */
  buildMs: number;
  /** Restoring the serialised index (start-up cost). */
  loadMs: number;
  /** Serialising the whole index (search.toJSON), which blocks while it runs. */
  saveMs: number;
  /** p95 of replacing one document in the full index. */
  upsertP95: number;
  serialisedBytes: number;
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (n: number) => Math.round(n * 100) / 100;

/** A swapped pair of letters: the most common typo. */
const typo = (w: string, at: number) => w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
/** Without accents, as people type names. */
const plain = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const LONG_WORDS = JOB_WORDS.filter((w) => w.length >= 6);

/** A deterministic mix of the queries people type: words, prefixes, typos, names, phrases, filters, misses. */
export function makeQueries(count: number, seed = 7): Array<[string, SearchFilters]> {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const job = () => pick(JOB_WORDS);
  const kinds: Array<() => [string, SearchFilters]> = [
    () => [job(), {}],
    () => [job(), {}],
    () => [job().slice(0, 3 + Math.floor(random() * 3)), {}],
    () => {
      const w = pick(LONG_WORDS);
      return [typo(w, 1 + Math.floor(random() * (w.length - 3))), {}];
    },
    () => [plain(pick(NAMES)), {}],
    () => [pick(['物流', '北京', 'مهندس', 'склад']), {}],
    () => [`${job()} ${job()}`, {}],
    () => [`${job()} ${plain(pick(NAMES))} ${job()}`, {}],
    () => [job(), { kind: pick(DOCUMENT_KINDS) }],
    () => [job(), { tag: pick(['remote', 'Retail', 'tech']) }],
    () => [`${job()} qwxzy`, {}], // AND finds nothing, OR fallback runs
    () => ['', { tag: pick(['warehouse', 'urgent']) }],
  ];
  return Array.from({ length: count }, () => pick(kinds)());
}

/** Builds a library of `docs` documents, runs `queries` varied searches and returns the timings. */
export function measureSearch({ docs = 2000, queries = 200, textChars = 5000 } = {}): SearchMeasurement {
  const corpus = makeCorpus(docs, textChars);
  let t = performance.now();
  const search = createDocumentSearch();
  for (const doc of corpus) search.upsert(doc);
  const buildMs = performance.now() - t;

  const list = makeQueries(queries);
  for (const [q, f] of list.slice(0, 20)) search.search(q, f); // warm up the JIT
  const times = list.map(([q, f]) => {
    const start = performance.now();
    search.search(q, f);
    return performance.now() - start;
  });

  const upserts = corpus.slice(0, 50).map((doc) => {
    const start = performance.now();
    search.upsert({ ...doc, notes: `${doc.notes} updated` });
    return performance.now() - start;
  });

  t = performance.now();
  const json = search.toJSON();
  const saveMs = performance.now() - t;
  t = performance.now();
  loadDocumentSearch(json);
  const loadMs = performance.now() - t;

  return {
    docs,
    queries,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    buildMs: round(buildMs),
    saveMs: round(saveMs),
    loadMs: round(loadMs),
    upsertP95: round(percentile(upserts, 95)),
    serialisedBytes: Buffer.byteLength(json),
  };
}
