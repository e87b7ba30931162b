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
  const dates = new Map<string, CalendarDate>();
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

/**
 * Reads every timeline once when the table opens (in the background: the table draws first
 * and the Applied column fills in). 40,000 steps are a few megabytes, read in one go.
 */
export function useAppliedDatesLoader(): void {
  useEffect(() => {
    let cancelled = false;
    void getDb()
      .stageChanges.toArray()
      .then((changes) => {
        if (!cancelled) useAppliedDates.getState().set(firstAppliedDates(changes));
      })
      .catch(() => undefined); // the column stays empty; the table still works
    return () => {
      cancelled = true;
    };
  }, []);
}
