import { create } from 'zustand';

export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
  /** An action such as Undo; the toast closes after it runs. */
  action?: { label: string; run: () => void };
  /** Milliseconds before it closes by itself; errors and undo offers stay longer. */
  timeoutMs: number;
}

interface ToastState {
  toasts: Toast[];
  show(toast: Omit<Toast, 'id' | 'timeoutMs'> & { timeoutMs?: number }): number;
  dismiss(id: number): void;
}

let nextId = 1;

/** Default lifetimes: errors wait for the user; undo offers last at least 10 s (UI.md). */
function defaultTimeout(tone: ToastTone, hasAction: boolean): number {
  if (tone === 'error') return 0;
  return hasAction ? 12_000 : 5_000;
}

/** Toasts waiting to be shown; 0 means "stays until dismissed". */
export const useToasts = create<ToastState>((set) => ({
  toasts: [],
  show(toast) {
    const id = nextId++;
    const timeoutMs = toast.timeoutMs ?? defaultTimeout(toast.tone, Boolean(toast.action));
    set((state) => ({ toasts: [...state.toasts.slice(-4), { ...toast, id, timeoutMs }] }));
    return id;
  },
  dismiss(id) {
    set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) }));
  },
}));
