import { create } from 'zustand';
import type { IcsParseResult, ImportPlan } from '../../../../../shared/domain/schedule';

/** Where an import is: reading the file, showing what it would do, writing, or stopped with a reason. */
export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'failed'; name: string; message: string }
  | { step: 'review'; name: string; result: IcsParseResult; plan: ImportPlan }
  | { step: 'writing'; name: string; result: IcsParseResult; plan: ImportPlan };

interface ImportState {
  current: ImportStep;
  set(step: ImportStep): void;
}

/** The calendar import in progress (one at a time); the dialog shows it, the page's drop zone starts it. */
export const useIcsImportStore = create<ImportState>((set) => ({
  current: { step: 'idle' },
  set: (current) => set({ current }),
}));
