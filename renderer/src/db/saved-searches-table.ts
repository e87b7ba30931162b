import { compileJobFilter, JobFilterSchema, SavedSearchSchema, type JobFilter, type SavedSearch } from '../../../shared/domain/jobs';
import type { CareerDb } from './career-db';
import { newId, nowIso } from './clock';
import { RecordNotFoundError, validate } from './errors';

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Saves a named filter. It has not been viewed yet, so every match counts as new. */
export async function addSavedSearch(db: CareerDb, input: { name: string; filter: JobFilter }): Promise<SavedSearch> {
  const now = nowIso();
  const search = validate(SavedSearchSchema, { ...input, id: newId(), lastViewedAt: null, createdAt: now, updatedAt: now }, 'saved search');
  await db.savedSearches.add(search);
  return search;
}

async function getSavedSearch(db: CareerDb, id: string): Promise<SavedSearch> {
  const search = await db.savedSearches.get(id);
  if (!search) throw new RecordNotFoundError('This saved search is no longer in your list.');
  return search;
}

/** Renames a saved search or changes its filter. */
export async function updateSavedSearch(db: CareerDb, id: string, patch: { name?: string; filter?: JobFilter }): Promise<SavedSearch> {
  if (patch.filter) validate(JobFilterSchema, patch.filter, 'filter');
  return db.transaction('rw', db.savedSearches, async () => {
    const current = await getSavedSearch(db, id);
    const next = validate(SavedSearchSchema, { ...current, ...patch, updatedAt: nowIso() }, 'saved search');
    await db.savedSearches.put(next);
    return next;
  });
}

/** Deletes a saved search; returns it so the UI can undo with db.savedSearches.put. */
export async function deleteSavedSearch(db: CareerDb, id: string): Promise<SavedSearch> {
  return db.transaction('rw', db.savedSearches, async () => {
    const search = await getSavedSearch(db, id);
    await db.savedSearches.delete(id);
    return search;
  });
}

/** Every saved search, by name. */
export async function listSavedSearches(db: CareerDb): Promise<SavedSearch[]> {
  return (await db.savedSearches.toArray()).sort((a, b) => byName.compare(a.name, b.name));
}

/**
 * Records that the user looked at the search at `at` (default now): its "new" count starts
 * again from zero. The time is taken when called, not when the write runs, so a job added
 * just after the user left still counts as new.
 */
export async function markSearchViewed(db: CareerDb, id: string, at: string = nowIso()): Promise<SavedSearch> {
  return db.transaction('rw', db.savedSearches, async () => {
    const next = { ...(await getSavedSearch(db, id)), lastViewedAt: at };
    await db.savedSearches.put(next);
    return next;
  });
}

/**
 * How many jobs matching the search were added after `lastViewedAt` (default: when it was
 * last opened; never opened means every match is new). Reads only the newer jobs, by index.
 */
export async function countNewMatches(db: CareerDb, search: SavedSearch, lastViewedAt: string | null = search.lastViewedAt): Promise<number> {
  const newer = lastViewedAt === null ? db.jobs.toCollection() : db.jobs.where('createdAt').above(lastViewedAt);
  const matches = compileJobFilter(search.filter);
  let count = 0;
  await newer.each((job) => {
    if (matches(job, job.searchText)) count++;
  });
  return count;
}
