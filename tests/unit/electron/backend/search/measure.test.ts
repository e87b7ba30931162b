import { describe, expect, it } from 'vitest';
import { makeCorpus } from '../../../../../electron/backend/search/corpus';
import { makeQueries, measureSearch } from '../../../../../electron/backend/search/measure';

// Only the shape and determinism: the figures themselves are for the bench runner.
describe('search measurement', () => {
  it('generates the same corpus and queries every time', () => {
    expect(makeCorpus(5, 500)).toEqual(makeCorpus(5, 500));
    expect(makeQueries(30)).toEqual(makeQueries(30));
    for (const d of makeCorpus(20, 2000)) expect(d.text.length).toBeGreaterThanOrEqual(2000);
  });

  it('returns the figures', () => {
    const m = measureSearch({ docs: 60, queries: 40, textChars: 1000 });
    expect(m).toMatchObject({ docs: 60, queries: 40 });
    expect(m.p95).toBeGreaterThanOrEqual(m.p50);
    for (const key of ['p50', 'p95', 'buildMs', 'saveMs', 'loadMs', 'upsertP95', 'serialisedBytes'] as const) {
      expect(Number.isFinite(m[key])).toBe(true);
    }
    expect(m.serialisedBytes).toBeGreaterThan(60_000);
  });
});
