import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { singleOccurrence, type Occurrence } from '../../../../../shared/domain/schedule';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import { getDb } from '../../../db/career-db';
import type { EventWrites } from '../../../db/events-table';
import { useLanguage } from '../../../i18n/use-language';
import { useToasts } from '../../../stores/toasts';
import { occurrenceLabel } from '../dates/format';
import { daysCovered, occurrenceKey } from '../dates/placement';
import type { TimeChange } from '../week/event-change';
import { moveOccurrence } from './move-occurrence';
import { showFailure, showUndoToast } from './undo-toast';

/** Moves within this long of the last one, on the same event, share one Undo that goes back to before the first. */
const SEQUENCE_MS = 10_000;

/**
 * Moving and resizing in the week view: saves at once, says where the event went, and
 * offers Undo. A run of Alt+Arrow presses on one event gives one toast whose Undo puts it
 * back where it was before the first press.
 */
export function useMoveOccurrence(): (occurrence: Occurrence, change: TimeChange) => Promise<{ key: string; day: CalendarDate; announcement: string } | null> {
  const { t } = useTranslation();
  const language = useLanguage();
  const last = useRef<{ eventId: string; undo: EventWrites; toastId: number; at: number } | null>(null);
  return useCallback(
    async (occurrence, change) => {
      try {
        const result = await moveOccurrence(getDb(), occurrence, change);
        if (!result) return null;
        const moved = singleOccurrence(result.event);
        const label = occurrenceLabel(t, moved, language);
        const previous = last.current;
        const continues = previous && previous.eventId === occurrence.eventId && Date.now() - previous.at < SEQUENCE_MS;
        const undo = continues ? mergeUndo(result.undo, previous.undo) : result.undo;
        if (continues) useToasts.getState().dismiss(previous.toastId);
        const toastId = showUndoToast(t, t('schedule.week.movedToast', { label }), undo);
        last.current = { eventId: result.event.id, undo, toastId, at: Date.now() };
        return { key: occurrenceKey(moved), day: daysCovered(moved).first, announcement: t('schedule.week.moved', { label }) };
      } catch (err) {
        showFailure(t('schedule.week.moveFailed', { reason: (err as Error).message }));
        return null;
      }
    },
    [t, language],
  );
}

/**
 * Undo for two writes in a row, back to before the older one: a record the older undo puts
 * back wins over the newer copy, and a record that did not exist before the older write is
 * removed, whatever the newer undo says.
 */
export function mergeUndo(newer: EventWrites, older: EventWrites): EventWrites {
  const put = new Map(newer.put.map((e) => [e.id, e]));
  for (const e of older.put) put.set(e.id, e);
  for (const id of older.remove) put.delete(id);
  const existedBefore = new Set(older.put.map((e) => e.id));
  const remove = [...new Set([...newer.remove, ...older.remove])].filter((id) => !existedBefore.has(id));
  return { put: [...put.values()], remove };
}
