import { create } from 'zustand';

const RAIL_KEY = 'career-organizer.rail-collapsed';

function initialCollapsed(): boolean {
  const saved = globalThis.localStorage?.getItem(RAIL_KEY);
  if (saved !== null && saved !== undefined) return saved === 'true';
  return typeof window !== 'undefined' && window.innerWidth < 1000;
}

interface UiState {
  railCollapsed: boolean;
  toggleRail(): void;
}

/** Session UI state that is not data: whether the navigation rail shows labels. */
export const useUi = create<UiState>((set, get) => ({
  railCollapsed: initialCollapsed(),
  toggleRail() {
    const next = !get().railCollapsed;
    globalThis.localStorage?.setItem(RAIL_KEY, String(next));
    set({ railCollapsed: next });
  },
}));
