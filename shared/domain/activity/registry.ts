import type { Activity } from './activity';

/** Turns one source's records (stage changes, events, letters ...) into activities. Must be pure. */
export type ActivityDeriver<R> = (records: readonly R[]) => Activity[];

/** The place every feature registers what it contributes to the job-search log. */
export interface ActivityRegistry {
  /** Adds a source; returns a function that removes it again (for tests and hot reload). */
  registerActivitySource<R>(id: string, derive: ActivityDeriver<R>): () => void;
  /** The ids of the registered sources, in registration order. */
  sourceIds(): string[];
  /** Activities from each source's records; sources without records contribute nothing. */
  derive(recordsBySource: ReadonlyMap<string, readonly unknown[]>): Activity[];
}

/** A new, empty registry. The app makes one; tests make their own. */
export function createActivityRegistry(): ActivityRegistry {
  const sources = new Map<string, ActivityDeriver<unknown>>();
  return {
    registerActivitySource<R>(id: string, derive: ActivityDeriver<R>) {
      if (!/^[a-z][a-z0-9-]{0,39}$/.test(id)) throw new Error(`Activity source id "${id}" must be kebab case.`);
      if (sources.has(id)) throw new Error(`Activity source "${id}" is registered twice.`);
      sources.set(id, derive as ActivityDeriver<unknown>);
      return () => void sources.delete(id);
    },
    sourceIds: () => [...sources.keys()],
    derive(recordsBySource) {
      const byId = new Map<string, Activity>();
      for (const [id, derive] of sources) {
        const records = recordsBySource.get(id);
        if (!records?.length) continue;
        for (const activity of derive(records)) {
          // Two sources claiming one id would make the log double-count or hide a row.
          if (byId.has(activity.id)) throw new Error(`Activity "${activity.id}" was derived twice (source "${id}").`);
          byId.set(activity.id, activity);
        }
      }
      return [...byId.values()];
    },
  };
}

/** Derived activities with the user's stored edits applied: an edit replaces its activity, hidden ones drop out. */
export function mergeStoredActivities(
  derived: readonly Activity[],
  stored: readonly (Activity & { hidden: boolean })[],
): Activity[] {
  const byId = new Map(derived.map((a) => [a.id, a]));
  for (const record of stored) {
    if (record.hidden) byId.delete(record.id);
    else byId.set(record.id, stripStored(record));
  }
  return [...byId.values()].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : 1));
}

function stripStored(record: Activity & { hidden: boolean }): Activity {
  const { id, date, type, employer, contactPerson, contactMethod, position, result, source, jobId, outcome } = record;
  return { id, date, type, employer, contactPerson, contactMethod, position, result, source, jobId, outcome };
}
