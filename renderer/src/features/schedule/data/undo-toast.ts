import type { TFunction } from 'i18next';
import { getDb } from '../../../db/career-db';
import { applyEventWrites, type EventWrites } from '../../../db/events-table';
import { useToasts } from '../../../stores/toasts';

/** How long an Undo offer stays (UI.md: at least 10 seconds). */
export const UNDO_MS = 15_000;

/** Shows `message` with Undo, which writes `undo` back in one transaction and says so. Returns the toast's id. */
export function showUndoToast(t: TFunction, message: string, undo: EventWrites): number {
  const run = async () => {
    try {
      await applyEventWrites(getDb(), undo);
      useToasts.getState().show({ tone: 'success', message: t('schedule.undone') });
    } catch (err) {
      useToasts.getState().show({ tone: 'error', message: t('schedule.undoFailed', { reason: (err as Error).message }) });
    }
  };
  return useToasts.getState().show({ tone: 'info', message, action: { label: t('toast.undo'), run: () => void run() }, timeoutMs: UNDO_MS });
}

/** Shows a failure the user can act on. */
export function showFailure(message: string): void {
  useToasts.getState().show({ tone: 'error', message });
}
