import { describe, expect, it } from 'vitest';
import { createDocumentSearch, loadDocumentSearch } from '../../../../../electron/backend/search';
import { doc, indexOf } from './helpers';

const library = () =>
  indexOf(
    doc({ title: 'Résumé Müller', kind: 'resume', tags: ['Remote'], text: 'Warehouse lead, forklift licence.' }),
    doc({ title: 'Letter', kind: 'cover-letter', notes: 'Sent to Łódź office', text: '李小龙在北京工作' }),
    doc({ title: 'Certificate', kind: 'other', text: 'Food hygiene level 2' }),
  );
const QUERIES: Array<[string, object?]> = [
  ['resume'], ['forkl'], ['warehuose'], ['lodz'], ['小龙'], ['hygiene level'], ['', { kind: 'resume' }], ['', { tag: 'remote' }],
];

describe('saving and loading the index', () => {
  it('gives identical results after a round trip', () => {
    const original = library();
    const loaded = loadDocumentSearch(original.toJSON());
    expect(loaded).not.toBeNull();
    expect(loaded!.size).toBe(original.size);
    for (const [q, f] of QUERIES) expect(loaded!.search(q, f)).toEqual(original.search(q, f));
  });

  it('keeps working after changes made before and after a round trip', () => {
    const original = library();
    const extra = doc({ text: 'zebra crossing' });
    original.upsert(extra);
    const loaded = loadDocumentSearch(original.toJSON())!;
    expect(loaded.search('zebra')[0].documentId).toBe(extra.id);
    loaded.remove(extra.id);
    loaded.upsert(doc({ text: 'okapi' }));
    expect(loaded.search('zebra')).toEqual([]);
    expect(loaded.search('okapi')).toHaveLength(1);
    expect(loadDocumentSearch(loaded.toJSON())!.search('okapi')).toHaveLength(1);
  });

  it('returns null for garbage, never throwing', () => {
    const good = library().toJSON();
    const bad = [
      '', '   ', 'not json', '{', 'null', '[]', '{}', '42', '"text"',
      good.slice(0, good.length / 2),
      JSON.stringify({ ...JSON.parse(good), index: 5 }),
      JSON.stringify({ ...JSON.parse(good), index: { index: 'nope' } }),
      JSON.stringify({ ...JSON.parse(good), texts: 'nope' }),
      JSON.stringify({ ...JSON.parse(good), texts: [[1, 2, 3]] }),
      JSON.stringify({ ...JSON.parse(good), texts: JSON.parse(good).texts.slice(1) }),
    ];
    for (const json of bad) expect(loadDocumentSearch(json)).toBeNull();
    expect(loadDocumentSearch(undefined as unknown as string)).toBeNull();
  });

  it('returns null for another format version or other indexing rules', () => {
    const data = JSON.parse(library().toJSON());
    expect(loadDocumentSearch(JSON.stringify({ ...data, format: data.format + 1 }))).toBeNull();
    expect(loadDocumentSearch(JSON.stringify({ ...data, fingerprint: 'something-else' }))).toBeNull();
    expect(loadDocumentSearch(JSON.stringify({ ...data, index: { ...data.index, serializationVersion: 99 } }))).toBeNull();
  });

  it('returns null for an empty index, so the caller rebuilds', () => {
    expect(loadDocumentSearch(createDocumentSearch().toJSON())).toBeNull();
  });
});
