import { create } from 'zustand';
import type { LibraryDocument } from '../../../../shared/contract';
import type { SortKey } from './sorting';

const VIEW_KEY = 'career-organizer.documents-view';
const SORT_KEY = 'career-organizer.documents-sort';

export type ViewMode = 'list' | 'grid';

function saved<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  const value = globalThis.localStorage?.getItem(key);
  return allowed.includes(value as T) ? (value as T) : fallback;
}

interface DocumentsState {
  /** The backend's documents as last heard, by id. The backend owns them; this is a cache for the UI. */
  byId: Record<string, LibraryDocument>;
  /** True once `documents-list` has answered. */
  loaded: boolean;
  /** Why loading failed, in the backend's plain words. */
  loadError: string | null;
  view: ViewMode;
  sort: SortKey;
  /** Show only documents with this tag. */
  tag: string | null;
  replaceAll(docs: LibraryDocument[]): void;
  upsert(docs: LibraryDocument[]): void;
  remove(ids: string[]): void;
  setLoadError(message: string | null): void;
  setView(view: ViewMode): void;
  setSort(sort: SortKey): void;
  setTag(tag: string | null): void;
}

/** The document library as the UI sees it, plus how the user likes it shown (view and sort are remembered). */
export const useDocuments = create<DocumentsState>((set) => ({
  byId: {},
  loaded: false,
  loadError: null,
  view: saved(VIEW_KEY, ['list', 'grid'], 'list'),
  sort: saved(SORT_KEY, ['name', 'added', 'changed', 'type'], 'changed'),
  tag: null,
  replaceAll: (docs) => set({ byId: Object.fromEntries(docs.map((d) => [d.id, d])), loaded: true, loadError: null }),
  upsert: (docs) => set((state) => ({ byId: { ...state.byId, ...Object.fromEntries(docs.map((d) => [d.id, d])) } })),
  remove: (ids) =>
    set((state) => {
      const byId = { ...state.byId };
      for (const id of ids) delete byId[id];
      return { byId };
    }),
  setLoadError: (loadError) => set({ loadError }),
  setView(view) {
    globalThis.localStorage?.setItem(VIEW_KEY, view);
    set({ view });
  },
  setSort(sort) {
    globalThis.localStorage?.setItem(SORT_KEY, sort);
    set({ sort });
  },
  setTag: (tag) => set({ tag }),
}));
