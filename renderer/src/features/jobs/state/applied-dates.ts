import { useEffect } from 'react';
import { create } from 'zustand';
import type { CalendarDate, StageChange } from '../../../../../shared/domain/jobs';
import { getDb, type CareerDb } from '../../../db/career-db';
import { getTimeline } from '../../../db/stage-changes-table';

interface AppliedDatesState {
  /** The first day each job reached Applied; null until read. */
  dates: ReadonlyMap<string, CalendarDate> | null;
  set(dates: ReadonlyMap<string, CalendarDate>): void;
  setOne(jobId: string, date: CalendarDate | null): void;
}

/** When each job was applied for: the table's "Applied" column and date filter (read from the timelines). */
export const useAppliedDates = create<AppliedDatesState>((set) => ({
  dates: null,
  set: (dates) => set({ dates }),
  setOne: (jobId, date) =>
    set((state) => {
      if (!state.dates) return state;
      const dates = new Map(state.dates);
      if (date) dates.set(jobId, date);
      else dates.delete(jobId);
      return { dates };
    }),
}));

/** The earliest Applied step per job. */
export function firstAppliedDates(changes: Iterable<Pick<StageChange, 'jobId' | 'stage' | 'at'>>): Map<string, CalendarDate> {
  return addFirstApplied(new Map(), changes);
}

/** Adds `changes` to the earliest Applied step per job known so far. */
function addFirstApplied(dates: Map<string, CalendarDate>, changes: Iterable<Pick<StageChange, 'jobId' | 'stage' | 'at'>>): Map<string, CalendarDate> {
  for (const change of changes) {
    if (change.stage !== 'applied') continue;
    const known = dates.get(change.jobId);
    if (!known || change.at < known) dates.set(change.jobId, change.at);
  }
  return dates;
}

/** Reads one job's timeline again after it changed here (a move, a corrected date, a removed step). */
export async function refreshAppliedDate(db: CareerDb, jobId: string): Promise<void> {
  if (!useAppliedDates.getState().dates) return;
  const date = firstAppliedDates(await getTimeline(db, jobId)).get(jobId) ?? null;
  useAppliedDates.getState().setOne(jobId, date);
}

// The browser turns stored records into objects on the page's own thread, a few
// microseconds each: 40,000 steps in one read would hold up typing for over 100 ms.
// Read in batches of 500 (2 or 3 ms each here), each asked for at a quiet moment, so the
// reading fits between keystrokes instead of competing with them.
const BATCH = 500;

/** Resolves at the page's next quiet moment (a plain timer where there is no idle callback). */
const quietMoment = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 0);
  });

/** Every job's first Applied date, read in batches in key order; null when cancelled. */
export async function readAppliedDates(db: CareerDb, cancelled: () => boolean): Promise<Map<string, CalendarDate> | null> {
  const dates = new Map<string, CalendarDate>();
  let after: string | null = null;
  for (;;) {
    if (after !== null) await quietMoment();
    const batch: StageChange[] = await (after === null ? db.stageChanges.orderBy(':id') : db.stageChanges.where(':id').above(after)).limit(BATCH).toArray();
    if (cancelled()) return null;
    addFirstApplied(dates, batch);
    if (batch.length < BATCH) return dates;
    after = batch[batch.length - 1].id;
  }
}

/**
 * Reads every timeline when the table opens, in the background: the table draws first and
 * the Applied column fills in.
 */
export function useAppliedDatesLoader(): void {
  useEffect(() => {
    let cancelled = false;
    readAppliedDates(getDb(), () => cancelled)
      .then((dates) => {
        if (dates) useAppliedDates.getState().set(dates);
      })
      .catch(() => undefined); // the column stays empty; the table still works
    return () => {
      cancelled = true;
    };
  }, []);
}
