// The search over all jobs' texts end to end must answer exactly as testing each job alone.
import { describe, expect, it } from 'vitest';
import { toJobRow, type JobRow } from '../../../../../renderer/src/db/rows';
import { buildCorpus, createWordMatcher, findWords } from '../../../../../renderer/src/features/jobs/table/search-corpus';
import { searchWords } from '../../../../../renderer/src/features/jobs/table/filter-jobs';
import { emptyJobFields } from '../../../../../shared/domain/jobs';

const job = (i: number, title: string, employer = '', location = ''): JobRow =>
  toJobRow({ ...emptyJobFields(), id: `job${i}`, title, employer, location, stage: 'saved', stageAt: '2025-01-01', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' }, null);

/** The plain way: each job's text holds every word. */
const naive = (rows: readonly JobRow[], words: readonly string[]) => rows.flatMap((row, i) => (words.every((w) => row.searchText.includes(w)) ? [i] : []));

/** A small fast random number generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('Search corpus', () => {
  const rows = [
    job(0, 'Warehouse associate', 'Acme Logistics', 'Seattle, WA'),
    job(1, 'Cook', 'Café Peña', 'Tacoma, WA'),
    job(2, '倉庫スタッフ', 'Sakura Kitchen 株式会社', 'Kent, WA'),
    job(3, 'Forklift operator 🚜', 'Acme Logistics', 'Everett, WA'),
    job(4, '', '', ''),
    job(5, 'Line cook', 'Evergreen Foods', 'Spokane, WA'),
  ];
  const corpus = buildCorpus(rows);

  it('finds words in one job and never across two jobs', () => {
    expect(findWords(corpus, ['acme'], null)).toEqual([0, 3]);
    expect(findWords(corpus, ['cook', 'tacoma'], null)).toEqual([1]);
    expect(findWords(corpus, ['pena'], null)).toEqual([1]);
    expect(findWords(corpus, ['株式会社'], null)).toEqual([2]);
    expect(findWords(corpus, ['🚜'], null)).toEqual([3]);
    // The end of one job's text and the start of the next never make a word.
    const tail = rows[0].searchText.slice(-3);
    const head = rows[1].searchText.slice(0, 3);
    expect(findWords(corpus, [tail + head], null)).toEqual([]);
    expect(findWords(corpus, [tail + '\u0000' + head], null)).toEqual([]);
    expect(findWords(corpus, ['zzz'], null)).toEqual([]);
    expect(findWords(corpus, [], null)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps only the candidates when narrowing', () => {
    expect(findWords(corpus, ['wa'], [1, 3, 5])).toEqual([1, 3, 5]);
    expect(findWords(corpus, ['cook'], [0, 5])).toEqual([5]);
    expect(findWords(corpus, ['cook'], [])).toEqual([]);
  });

  it('answers as testing each job alone, for random texts, words and narrowings', () => {
    const next = random(7);
    const letters = 'abcdé ñ株 ';
    const text = (length: number) => Array.from({ length }, () => letters[Math.floor(next() * letters.length)]).join('');
    for (let round = 0; round < 40; round++) {
      const many = Array.from({ length: 1 + Math.floor(next() * 300) }, (_, i) => job(i, text(Math.floor(next() * 12)), text(Math.floor(next() * 6))));
      const big = buildCorpus(many);
      const match = createWordMatcher();
      let typed = '';
      for (let key = 0; key < 6; key++) {
        typed += letters[Math.floor(next() * letters.length)];
        const words = searchWords(typed);
        const expected = naive(many, words).map((i) => many[i]);
        expect(match(big, words)).toEqual(expected);
        expect(findWords(big, words, null).map((i) => many[i])).toEqual(expected);
      }
    }
  });
});
