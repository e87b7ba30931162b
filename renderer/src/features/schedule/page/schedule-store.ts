import { create } from 'zustand';
import type { CalendarDate } from '../../../../../shared/domain/jobs';

interface ScheduleUiState {
  /** The day the keyboard is on (the roving Tab stop of the month and week grids). */
  cursor: CalendarDate | null;
  /** Set by a key press: the next render puts focus on the cursor's cell, even after the month changed. */
  focusPending: boolean;
  /** In the week and day views: the time of day the keyboard is on, in minutes, or 'all-day'. */
  slot: number | 'all-day';
  /** The last time of day the keyboard was on, for coming back down from the all-day row. */
  lastTimedSlot: number;
  moveCursor(day: CalendarDate, focus: boolean): void;
  focusDone(): void;
  setSlot(slot: number | 'all-day'): void;
}

/** The schedule page's UI state: where the keyboard is. Records live in Dexie, never here. */
export const useScheduleUi = create<ScheduleUiState>((set) => ({
  cursor: null,
  focusPending: false,
  slot: 9 * 60,
  lastTimedSlot: 9 * 60,
  moveCursor: (cursor, focus) => set({ cursor, focusPending: focus }),
  focusDone: () => set({ focusPending: false }),
  setSlot: (slot) => set(typeof slot === 'number' ? { slot, lastTimedSlot: slot } : { slot }),
}));

/** Back to a fresh start (tests). */
export function resetScheduleUi(): void {
  useScheduleUi.setState({ cursor: null, focusPending: false, slot: 9 * 60, lastTimedSlot: 9 * 60 });
}
