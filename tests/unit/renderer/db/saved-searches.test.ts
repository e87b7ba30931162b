import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CareerDb } from '../../../../renderer/src/db/career-db';
import { addJob } from '../../../../renderer/src/db/jobs-table';
import {
  addSavedSearch,
  countNewMatches,
  deleteSavedSearch,
  listSavedSearches,
  markSearchViewed,
  updateSavedSearch,
} from '../../../../renderer/src/db/saved-searches-table';
import { freshDb } from './fresh-db';

let db: CareerDb;
afterEach(() => {
  vi.useRealTimers();
  db?.close();
});

describe('saved searches', () => {
  it('counts matches added since the search was last opened', async () => {
    db = freshDb();
    await addJob(db, { title: 'Forklift operator', location: 'Kent, WA' });
    const search = await addSavedSearch(db, { name: 'Forklift in Kent', filter: { text: 'forklift', location: 'kent' } });
    expect(await countNewMatches(db, search)).toBe(1);
    const viewed = await markSearchViewed(db, search.id);
    expect(await countNewMatches(db, viewed)).toBe(0);
    await addJob(db, { title: 'Forklift driver', location: 'Kent, WA' });
    await addJob(db, { title: 'Forklift driver', location: 'Tacoma, WA' });
    await addJob(db, { title: 'Cashier', location: 'Kent, WA' });
    expect(await countNewMatches(db, viewed)).toBe(1);
    expect(await countNewMatches(db, viewed, null)).toBe(2);
  });

  it('renames, refilters, lists by name and deletes', async () => {
    db = freshDb();
    const a = await addSavedSearch(db, { name: 'zeta', filter: {} });
    await addSavedSearch(db, { name: 'Álamo', filter: { stages: ['applied'] } });
    await updateSavedSearch(db, a.id, { name: 'Beta', filter: { sources: ['Indeed'] } });
    expect((await listSavedSearches(db)).map((s) => s.name)).toEqual(['Álamo', 'Beta']);
    await expect(updateSavedSearch(db, a.id, { filter: { stages: ['hired'] } as never })).rejects.toThrow(/can't be saved/);
    await expect(addSavedSearch(db, { name: '  ', filter: {} })).rejects.toThrow(/name/);
    await deleteSavedSearch(db, a.id);
    expect((await listSavedSearches(db)).map((s) => s.name)).toEqual(['Álamo']);
  });
});

describe('marking a search as viewed', () => {
  it('uses the time it was asked, so a job added while the write is still running counts as new', async () => {
    db = freshDb();
    const search = await addSavedSearch(db, { name: 'Cooks', filter: { text: 'cook' } });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T10:00:00.000Z'));
    const marking = markSearchViewed(db, search.id); // the user leaves the search
    vi.setSystemTime(new Date('2026-11-27T10:00:01.000Z'));
    await addJob(db, { title: 'Line cook' }); // an import lands a moment later
    const marked = await marking;
    expect(marked.lastViewedAt).toBe('2026-11-27T10:00:00.000Z');
    expect(await countNewMatches(db, marked)).toBe(1);
  });
});
