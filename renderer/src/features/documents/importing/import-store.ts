import { create } from 'zustand';
import type { ImportReport } from '../../../../../shared/contract';

/** One import on its way: files counted by the backend's progress pushes. */
export interface ImportBatch {
  batchId: string;
  /** Unknown until the backend says (the desktop dialog, or a dropped folder it walks itself). */
  total: number | null;
  done: number;
  current: string;
  cancelling: boolean;
  /** Shown in the page; false while a desktop file dialog is still open. */
  shown: boolean;
}

interface ImportState {
  batches: ImportBatch[];
  /** The report shown in the details dialog, if open. */
  details: ImportReport | null;
  start(batchId: string, total: number | null, shown: boolean): void;
  progress(update: { batchId: string; done: number; total: number; current: string }): void;
  markCancelling(batchId: string): void;
  finish(batchId: string): void;
  showDetails(report: ImportReport | null): void;
}

/** Imports in progress and the last report the user asked to see in full. */
export const useImports = create<ImportState>((set) => ({
  batches: [],
  details: null,
  start: (batchId, total, shown) =>
    set((s) => ({ batches: [...s.batches, { batchId, total, done: 0, current: '', cancelling: false, shown }] })),
  progress: (update) =>
    set((s) => ({
      batches: s.batches.map((b) =>
        b.batchId === update.batchId ? { ...b, done: update.done, total: update.total, current: update.current, shown: true } : b,
      ),
    })),
  markCancelling: (batchId) => set((s) => ({ batches: s.batches.map((b) => (b.batchId === batchId ? { ...b, cancelling: true } : b)) })),
  finish: (batchId) => set((s) => ({ batches: s.batches.filter((b) => b.batchId !== batchId) })),
  showDetails: (details) => set({ details }),
}));
