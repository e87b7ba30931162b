import { describe, expect, it } from 'vitest';
import { createDocumentSearch } from '../../../../../electron/backend/search';
import { doc, ids, indexOf, marked } from './helpers';

describe('document search: finding', () => {
  const warehouse = doc({ title: 'Lead CV', text: 'Five years as a warehouse operative, licensed forklift driver.' });
  const chef = doc({ title: 'Kitchen CV', text: 'Line cook and sous chef in a busy kitchen.' });
  const search = indexOf(warehouse, chef);

  it('finds a word in the text', () => {
    expect(ids(search, 'operative')).toEqual([warehouse.id]);
  });

  it('is case-insensitive', () => {
    expect(ids(search, 'FORKLIFT')).toEqual([warehouse.id]);
  });

  it('finds by prefix', () => {
    expect(ids(search, 'forkl')).toEqual([warehouse.id]);
  });

  it('forgives a typo in a longer word', () => {
    expect(ids(search, 'warehuose')).toEqual([warehouse.id]);
  });

  it('forgives one typo from four letters on, none in shorter words (they would match too much)', () => {
    expect(ids(search, 'coak')).toEqual([chef.id]);
    expect(ids(search, 'chfe')).toEqual([]); // a swap is two edits: too many for four letters
    expect(ids(search, 'cgef')).toEqual([chef.id]);
    expect(ids(search, 'sois')).toEqual([chef.id]);
    expect(ids(search, 'sou')).toEqual([chef.id]); // a prefix
    expect(ids(search, 'sus')).toEqual([]); // three letters: no typo allowed
  });

  it('finds nothing for a word that is not there', () => {
    expect(search.search('astronaut')).toEqual([]);
  });
});

describe('document search: accents and scripts', () => {
  it('ignores accents in the query and in the text, both ways', () => {
    const accented = doc({ text: 'Résumé of Jürgen Müller from Łódź, Straße 5' });
    const plain = doc({ text: 'Resume of Jurgen Muller' });
    const search = indexOf(accented, plain);
    expect(ids(search, 'resume').sort()).toEqual([accented.id, plain.id].sort());
    expect(ids(search, 'résumé').sort()).toEqual([accented.id, plain.id].sort());
    expect(ids(search, 'Müller').sort()).toEqual([accented.id, plain.id].sort());
    expect(ids(search, 'lodz')).toEqual([accented.id]);
    expect(ids(search, 'strasse')).toEqual([accented.id]);
  });

  it('treats decomposed (macOS) and composed accents alike', () => {
    const nfd = doc({ title: 'Re\u0301sume\u0301 final' });
    expect(ids(indexOf(nfd), 'résumé')).toEqual([nfd.id]);
  });

  it('finds a CJK word inside a run without spaces', () => {
    const zh = doc({ text: '李小龙是一位武术家' });
    const ja = doc({ text: '東京の物流センターで働きました' });
    const search = indexOf(zh, ja);
    expect(ids(search, '小龙')).toEqual([zh.id]);
    expect(ids(search, '李小龙')).toEqual([zh.id]);
    expect(ids(search, '龙')).toEqual([zh.id]);
    expect(ids(search, '物流センター')).toEqual([ja.id]);
    expect(marked(search.search('小龙')[0])).toEqual(['小龙']);
  });

  it('finds an Arabic word, with or without vowel marks', () => {
    const ar = doc({ text: 'أنا مُهَنْدِس برمجيات في الرياض' });
    const search = indexOf(ar);
    expect(ids(search, 'مهندس')).toEqual([ar.id]);
    expect(ids(search, 'الرياض')).toEqual([ar.id]);
  });

  it('finds Cyrillic and Greek words', () => {
    const d = doc({ text: 'Москва: логистика и склад. Αθήνα' });
    const search = indexOf(d);
    expect(ids(search, 'склад')).toEqual([d.id]);
    expect(ids(search, 'αθηνα')).toEqual([d.id]);
  });
});

describe('document search: ranking and combining', () => {
  it('ranks a title match above a body match', () => {
    const body = doc({ title: 'Notes', text: 'I once drove a forklift for a summer, among many other jobs and tasks.' });
    const title = doc({ title: 'Forklift licence', text: 'Certificate of competence, issued 2021.' });
    expect(ids(indexOf(body, title), 'forklift')).toEqual([title.id, body.id]);
  });

  it('needs every word first, and falls back to any word when none has all', () => {
    const both = doc({ text: 'warehouse forklift' });
    const one = doc({ text: 'warehouse packing' });
    const other = doc({ text: 'kitchen chef' });
    const search = indexOf(both, one, other);
    expect(ids(search, 'warehouse forklift')).toEqual([both.id]);
    expect(ids(search, 'forklift chef').sort()).toEqual([both.id, other.id].sort());
  });

  it('does not choke on regex metacharacters or punctuation-only queries', () => {
    const d = doc({ text: 'Senior C++ developer (10 years). Salary: $100k.' });
    const search = indexOf(d);
    expect(ids(search, 'c++ (senior)')).toEqual([d.id]);
    for (const q of ['.*', '(', '[a-', '\\', '$^', '(?<=x)', '+++', '*', '|', '?', '{1,2}']) {
      expect(() => search.search(q)).not.toThrow();
    }
    expect(search.search('.*')).toEqual([]);
  });
});

describe('document search: filters and listing', () => {
  const resume = doc({ title: 'b resume', kind: 'resume', tags: ['Remote Work'], text: 'warehouse lead' });
  const letter = doc({ title: 'a letter', kind: 'cover-letter', tags: ['remote'], text: 'warehouse application' });
  const other = doc({ title: 'C certificate', kind: 'other', tags: [], notes: 'Forklift certificate notes' });
  const search = indexOf(resume, letter, other);

  it('filters by kind', () => {
    expect(ids(search, 'warehouse', { kind: 'resume' })).toEqual([resume.id]);
  });

  it('filters by exact tag, ignoring case', () => {
    expect(ids(search, 'warehouse', { tag: 'remote work' })).toEqual([resume.id]);
    expect(ids(search, 'warehouse', { tag: 'REMOTE' })).toEqual([letter.id]);
    expect(ids(search, 'warehouse', { tag: 'rem' })).toEqual([]);
  });

  it('lists everything matching the filters, by title, for an empty query', () => {
    expect(ids(search, '')).toEqual([letter.id, resume.id, other.id]);
    expect(ids(search, '   ', { tag: 'remote' })).toEqual([letter.id]);
    const [hit] = search.search('', { kind: 'other' });
    expect(hit).toMatchObject({ documentId: other.id, score: 0, snippet: 'Forklift certificate notes', highlights: [] });
    expect(search.search('', { kind: 'resume' })[0].snippet).toBe('warehouse lead');
  });

  it('respects the limit', () => {
    expect(search.search('', { limit: 2 })).toHaveLength(2);
    expect(search.search('warehouse', { limit: 1 })).toHaveLength(1);
  });

  it('returns hits shaped like the contract', () => {
    const [hit] = search.search('lead');
    expect(hit).toEqual({
      documentId: resume.id,
      title: 'b resume',
      kind: 'resume',
      score: expect.any(Number),
      snippet: 'warehouse lead',
      highlights: [[10, 14]],
    });
  });
});

describe('document search: changes', () => {
  it('replaces a document on upsert', () => {
    const first = doc({ text: 'alpha' });
    const search = indexOf(first);
    search.upsert({ ...first, text: 'bravo' });
    expect(search.size).toBe(1);
    expect(ids(search, 'alpha')).toEqual([]);
    expect(ids(search, 'bravo')).toEqual([first.id]);
    search.upsert({ ...first, title: 'Charlie' });
    expect(search.search('charlie')[0].title).toBe('Charlie');
  });

  it('forgets a removed document', () => {
    const a = doc({ text: 'alpha' });
    const b = doc({ text: 'alpha' });
    const search = indexOf(a, b);
    search.remove(a.id);
    search.remove('doc-missing'); // unknown ids are ignored
    expect(search.has(a.id)).toBe(false);
    expect(search.has(b.id)).toBe(true);
    expect(search.size).toBe(1);
    expect(ids(search, 'alpha')).toEqual([b.id]);
    expect(ids(search, '')).toEqual([b.id]);
  });
});

describe('a document found only by a tag', () => {
  it('shows its tags as the passage, with the match highlighted', () => {
    const search = createDocumentSearch();
    search.upsert({ id: 'tagged', title: 'Resume', kind: 'resume', tags: ['warehouse', 'forklift'], notes: 'Sent to Acme on Monday.', text: 'Shipping and receiving.' });
    const [hit] = search.search('forklift');
    expect(hit.snippet).toBe('warehouse, forklift');
    expect(hit.highlights.map(([s, e]) => hit.snippet.slice(s, e))).toEqual(['forklift']);
  });
});
