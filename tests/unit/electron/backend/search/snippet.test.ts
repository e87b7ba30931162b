import { describe, expect, it } from 'vitest';
import { prng } from '../../../../../electron/backend/search/corpus';
import { leadSnippet, matchSnippet } from '../../../../../electron/backend/search/snippet';
import { fold, isCjk, processTerm, tokenize } from '../../../../../electron/backend/search/text';
import { doc, indexOf, marked } from './helpers';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const filler = (n: number, word = 'lorem') => Array.from({ length: n }, (_, i) => `${word}${i % 7}`).join(' ');

/** Every highlight lies inside the snippet and is not empty. */
const wellFormed = (hit: { snippet: string; highlights: Array<[number, number]> }) => {
  for (const [s, e] of hit.highlights) {
    expect(s).toBeGreaterThanOrEqual(0);
    expect(e).toBeGreaterThan(s);
    expect(e).toBeLessThanOrEqual(hit.snippet.length);
  }
};

describe('snippets', () => {
  it('marks the original word, accents and case kept', () => {
    const d = doc({ text: 'Please find my Résumé attached, and my RESUME summary.' });
    const [hit] = indexOf(d).search('resume');
    expect(marked(hit)).toEqual(['Résumé', 'RESUME']);
  });

  it('marks the whole word for a prefix or a typo', () => {
    const d = doc({ text: 'Licensed forklift driver at a warehouse.' });
    const search = indexOf(d);
    expect(marked(search.search('forkl')[0])).toEqual(['forklift']);
    expect(marked(search.search('warehuose')[0])).toEqual(['warehouse']);
  });

  it('marks words whose folded form differs in length from the original', () => {
    const d = doc({ text: 'Worked at Großstraße GmbH in Łódź with the ﬁnance team.' });
    const search = indexOf(d);
    expect(marked(search.search('grossstrasse')[0])).toEqual(['Großstraße']);
    expect(marked(search.search('finance gmbh')[0])).toEqual(['GmbH', 'ﬁnance']);
    expect(marked(search.search('lodz')[0])).toEqual(['Łódź']);
  });

  it('cuts a long text around the match at word boundaries, with … at the cuts', () => {
    const text = `${filler(100)} the forklift certificate ${filler(100)}`;
    const [hit] = indexOf(doc({ text })).search('forklift');
    expect(hit.snippet.startsWith('…')).toBe(true);
    expect(hit.snippet.endsWith('…')).toBe(true);
    expect(hit.snippet.length).toBeGreaterThanOrEqual(150);
    expect(hit.snippet.length).toBeLessThanOrEqual(205);
    expect(marked(hit)).toEqual(['forklift']);
    const inner = hit.snippet.slice(1, -1);
    const at = text.indexOf(inner);
    expect(at).toBeGreaterThan(0);
    expect(text[at - 1]).toBe(' '); // starts on a word
    expect(text[at + inner.length]).toBe(' '); // ends on a word
  });

  it('has no … where the text starts or ends', () => {
    const [hit] = indexOf(doc({ text: `forklift ${filler(100)}` })).search('forklift');
    expect(hit.snippet.startsWith('forklift')).toBe(true);
    expect(hit.snippet.endsWith('…')).toBe(true);
    const [end] = indexOf(doc({ text: `${filler(100)} forklift` })).search('forklift');
    expect(end.snippet.startsWith('…')).toBe(true);
    expect(end.snippet.endsWith('forklift')).toBe(true);
  });

  it('prefers a passage where several query words are close together', () => {
    const text = `forklift ${filler(60)} warehouse ${filler(60)} forklift warehouse team ${filler(60)}`;
    const [hit] = indexOf(doc({ text })).search('forklift warehouse');
    expect(hit.snippet).toContain('forklift warehouse team');
  });

  it('falls back to the notes, then the title, where the match is', () => {
    const search = indexOf(
      doc({ title: 'Plain', notes: 'Ask about the forklift shift', text: 'Nothing relevant.' }),
      doc({ title: 'Barista résumé', text: 'Coffee.' }),
    );
    expect(search.search('forklift')[0].snippet).toBe('Ask about the forklift shift');
    const [titleHit] = search.search('barista');
    expect(titleHit.snippet).toBe('Barista résumé');
    expect(marked(titleHit)).toEqual(['Barista']);
  });

  it('survives a 100 KB single-line text', () => {
    const text = `${filler(8000)} forklift ${filler(8000)}`;
    expect(text.length).toBeGreaterThan(100_000);
    const [hit] = indexOf(doc({ text })).search('forklift');
    expect(marked(hit)).toEqual(['forklift']);
    expect(hit.snippet.length).toBeLessThanOrEqual(205);
  });

  it('survives a 10,000-character word next to the match', () => {
    const giant = 'x'.repeat(10_000);
    const search = indexOf(doc({ text: `${giant} forklift ${giant}` }));
    const [hit] = search.search('forklift');
    expect(marked(hit)).toEqual(['forklift']);
    expect(hit.snippet.length).toBeLessThanOrEqual(205);
    wellFormed(hit);
    expect(search.search('xxxx')).toEqual([]); // such junk is not indexed
  });

  it('cuts CJK text without spaces and never splits a surrogate pair', () => {
    const text = `${'𠀋中文'.repeat(200)}李小龙${'𠀋中文'.repeat(200)}`;
    const [hit] = indexOf(doc({ text })).search('小龙');
    expect(marked(hit)).toEqual(['小龙']);
    expect(hit.snippet.length).toBeLessThanOrEqual(205);
    expect(hit.snippet).not.toMatch(LONE_SURROGATE);
    wellFormed(hit);
  });

  it('gives the opening of the text when asked for a lead', () => {
    expect(leadSnippet('')).toEqual({ snippet: '', highlights: [] });
    const lead = leadSnippet(filler(100));
    expect(lead.snippet.endsWith('…')).toBe(true);
    expect(lead.snippet.startsWith('lorem0')).toBe(true);
  });

  it('returns null when no term occurs, or a word only contains it', () => {
    expect(matchSnippet('forklifts everywhere', ['forklift'])).toBeNull();
    expect(matchSnippet('', ['forklift'])).toBeNull();
    expect(matchSnippet('forklift', [])).toBeNull();
  });
});

describe('snippets on random mixed-script text', () => {
  // Decomposed accents, letters that fold to two ("ß", "ﬀ") or none (a lone mark), astral
  // characters, CJK, Arabic and Devanagari marks: the cases where offsets could drift.
  const alphabet = ['a', 'b', 'é', 'e\u0301', 'ß', 'ﬁ', 'Ł', 'ø', 'İ', '中', '文', '𠀋', 'ー', 'カ', 'ا', 'ُ', 'म', 'ि', '😀', 'ﬀ', 'Z', '9', ' ', ' ', ' ', '.', '-', '\n'];

  it('finds a random word of the text and marks whole, well-formed words', () => {
    const random = prng(1);
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: 5 + Math.floor(random() * 300) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const words = tokenize(text).filter((t) => processTerm(t) !== null);
      if (words.length === 0) continue;
      const query = words[Math.floor(random() * words.length)];
      const hits = indexOf(doc({ text })).search(query);
      expect(hits, `${query} in ${text}`).toHaveLength(1);
      expect(hits[0].highlights.length).toBeGreaterThan(0);
      expect(hits[0].snippet).not.toMatch(LONE_SURROGATE);
      wellFormed(hits[0]);
      const folded = fold(query);
      if (folded.length >= 4 || isCjk(folded)) continue; // fuzzy or bigram matches: checked above only
      for (const word of marked(hits[0])) expect(fold(word).startsWith(folded)).toBe(true);
    }
  });
});
