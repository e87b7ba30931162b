import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { Occurrence } from '../../../../../shared/domain/schedule';
import { dayAfterKey } from '../dates/day-keys';
import { useScheduleUi } from '../page/schedule-store';
import { changeForKey, type TimeChange } from './event-change';
import { DAY_MINUTES, SLOT_MINUTES } from './time-scale';

export interface TimeGridKeyActions {
  grid: 'week' | 'day';
  weekStart: number;
  onCursor(day: CalendarDate): void;
  onCreate(day: CalendarDate, minutes: number | null): void;
  /** Applies a move or resize; resolves to the changed occurrence's key (to keep focus on it) and what to announce. */
  onChange(occurrence: Occurrence, change: TimeChange): Promise<{ key: string; day: CalendarDate; announcement: string } | null>;
  announce(text: string): void;
  describeSlot(minutes: number): string;
}

/**
 * The keyboard in the week and day views. Day cells: arrows move between days and (up and
 * down) half hours, from the all-day row into the hours; Enter adds an event there. Events:
 * Alt+Arrow moves by 15 minutes or a day, Alt+Shift+Arrow changes the end, Esc goes back to
 * the day. Focus follows the cursor and a moved event.
 */
export function useTimeGridKeys(root: RefObject<HTMLElement | null>, cursor: CalendarDate, actions: TimeGridKeyActions) {
  const slot = useScheduleUi((s) => s.slot);
  const focusPending = useScheduleUi((s) => s.focusPending);
  // The event to focus once it is drawn again under its new key (after a move).
  const focusEvent = useRef<string | null>(null);
  const moving = useRef(false);

  useLayoutEffect(() => {
    // Only the day the key chose: while the page moves to its week, this week's fallback day must not take focus.
    if (!focusPending || useScheduleUi.getState().cursor !== cursor) return;
    const cell = root.current?.querySelector<HTMLElement>(`[data-cell="${cursor}|${slot === 'all-day' ? 'allday' : 'timed'}"]`);
    if (!cell) return;
    cell.focus({ preventScroll: true });
    cell.querySelector('.time-day__slot')?.scrollIntoView?.({ block: 'nearest' });
    useScheduleUi.getState().focusDone();
  }, [focusPending, cursor, slot, root]);

  // A moved event is drawn again under a new key: focus goes to it once it is there.
  useLayoutEffect(() => {
    if (!focusEvent.current) return;
    const target = root.current?.querySelector<HTMLElement>(`[data-event-key="${CSS.escape(focusEvent.current)}"]`);
    if (target) {
      focusEvent.current = null;
      target.focus();
      target.scrollIntoView?.({ block: 'nearest' });
    }
  });

  const ui = () => useScheduleUi.getState();
  const moveTo = (day: CalendarDate, nextSlot: number | 'all-day') => {
    ui().setSlot(nextSlot);
    ui().moveCursor(day, true);
    if (day !== cursor) actions.onCursor(day);
  };
  const dayKey = (event: KeyboardEvent<HTMLElement>, day: CalendarDate, current: number | 'all-day'): boolean => {
    const next = dayAfterKey(event.key, day, actions.grid, actions.weekStart);
    if (!next) return false;
    event.preventDefault();
    moveTo(next, current);
    return true;
  };

  const onTimedKey = (event: KeyboardEvent<HTMLDivElement>, day: CalendarDate) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = typeof slot === 'number' ? slot : ui().lastTimedSlot;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      actions.onCreate(day, current);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const next = current + (event.key === 'ArrowUp' ? -SLOT_MINUTES : SLOT_MINUTES);
      if (next < 0) return moveTo(day, 'all-day');
      if (next > DAY_MINUTES - SLOT_MINUTES) return;
      moveTo(day, next);
      actions.announce(actions.describeSlot(next));
    } else dayKey(event, day, current);
  };

  const onAllDayKey = (event: KeyboardEvent<HTMLDivElement>, day: CalendarDate) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      actions.onCreate(day, null);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      moveTo(day, ui().lastTimedSlot);
    } else if (event.key === 'ArrowUp') event.preventDefault();
    else dayKey(event, day, 'all-day');
  };

  const onEventKey = (event: KeyboardEvent<HTMLAnchorElement>, occurrence: Occurrence, day: CalendarDate) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      moveTo(day, occurrence.allDay ? 'all-day' : ui().lastTimedSlot);
      return;
    }
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    const change = changeForKey(event.key, event.shiftKey, occurrence.allDay);
    if (!change) return;
    event.preventDefault();
    // One move at a time: a press before the last one is saved would start from where the event was.
    if (moving.current) return;
    moving.current = true;
    void actions.onChange(occurrence, change).finally(() => (moving.current = false)).then((result) => {
      if (!result) return;
      // The selected day follows the event, so it stays in the Tab order where it went.
      if (result.day !== cursor && actions.grid === 'week') ui().moveCursor(result.day, false);
      focusEvent.current = result.key;
      actions.announce(result.announcement);
    });
  };

  return { slot, onTimedKey, onAllDayKey, onEventKey };
}
