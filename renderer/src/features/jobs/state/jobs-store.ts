import { create } from 'zustand';
import type { StageId } from '../../../../../shared/domain/jobs';
import type { JobRow } from '../../../db/rows';

/** A first look while everything is read: the most recently changed jobs and each stage's true count. */
export interface JobsPreview {
  rows: readonly JobRow[];
  counts: Record<StageId, number>;
}

interface JobsState {
  /** Every job as last read from the database (Dexie owns them; this is the UI's copy). */
  byId: ReadonlyMap<string, JobRow>;
  /** True once the first full read has answered. */
  loaded: boolean;
  /** Why reading failed, in plain words. */
  loadError: string | null;
  /** Until `loaded`: enough to draw the board's first screen (see useJobsSync). */
  preview: JobsPreview | null;
  /** The latest updatedAt among the jobs held: later changes are read by index, not by a full scan. */
  newest: string;
  replaceAll(rows: readonly JobRow[]): void;
  upsert(rows: readonly JobRow[]): void;
  remove(ids: readonly string[]): void;
  setLoadError(message: string | null): void;
  setPreview(preview: JobsPreview): void;
}

function newestOf(rows: Iterable<JobRow>, start = ''): string {
  let newest = start;
  for (const row of rows) if (row.updatedAt > newest) newest = row.updatedAt;
  return newest;
}

/** The user's jobs for the board, the table and the job page. Replaced maps keep selectors cheap. */
export const useJobs = create<JobsState>((set) => ({
  byId: new Map(),
  loaded: false,
  loadError: null,
  preview: null,
  newest: '',
  replaceAll: (rows) => set({ byId: new Map(rows.map((r) => [r.id, r])), loaded: true, loadError: null, preview: null, newest: newestOf(rows) }),
  upsert: (rows) =>
    set((state) => {
      const byId = new Map(state.byId);
      for (const row of rows) byId.set(row.id, row);
      return { byId, newest: newestOf(rows, state.newest) };
    }),
  remove: (ids) =>
    set((state) => {
      const byId = new Map(state.byId);
      for (const id of ids) byId.delete(id);
      return { byId };
    }),
  setLoadError: (loadError) => set({ loadError }),
  setPreview: (preview) => set((state) => (state.loaded ? state : { preview })),
}));

/** Back to nothing loaded (tests, and a database that was replaced). */
export function resetJobsStore(): void {
  useJobs.setState({ byId: new Map(), loaded: false, loadError: null, preview: null, newest: '' });
}
