import { useCallback } from 'react';
import { occurrencesBetween, type Occurrence, type ScheduleEvent } from '../../../../../shared/domain/schedule';
import { getDb } from '../../../db/career-db';
import { eventsForJob } from '../../../db/events-table';
import { useLiveQuery } from '../../contacts/shared/use-live-query';

const YEAR_MS = 366 * 86_400_000;

/** One of a job's events as its page lists it: the next occurrence (or, once all are past, the last one). */
export interface JobEvent {
  event: ScheduleEvent;
  occurrence: Occurrence;
  upcoming: boolean;
}

/** The occurrence a list shows for an event: the next one from `now`, else the latest one before it. */
function shownOccurrence(event: ScheduleEvent, now: number): { occurrence: Occurrence; upcoming: boolean } | null {
  const next = occurrencesBetween([event], now, Math.min(event.rangeEndUtc + 1, now + YEAR_MS))[0];
  if (next) return { occurrence: next, upcoming: true };
  const from = Math.max(event.rangeStartUtc, now - YEAR_MS);
  const past = occurrencesBetween([event], from, now);
  const last = past[past.length - 1] ?? occurrencesBetween([event], event.rangeStartUtc, event.rangeStartUtc + YEAR_MS)[0];
  return last ? { occurrence: last, upcoming: false } : null;
}

/** A job's events: upcoming ones soonest first, then past ones latest first; kept current as events change. */
export function useJobEvents(jobId: string) {
  const read = useCallback(async (): Promise<JobEvent[]> => {
    const now = Date.now();
    const shown = (await eventsForJob(getDb(), jobId)).flatMap((event) => {
      const found = shownOccurrence(event, now);
      return found ? [{ event, ...found }] : [];
    });
    const upcoming = shown.filter((e) => e.upcoming).sort((a, b) => a.occurrence.startUtc - b.occurrence.startUtc);
    const past = shown.filter((e) => !e.upcoming).sort((a, b) => b.occurrence.startUtc - a.occurrence.startUtc);
    return [...upcoming, ...past];
  }, [jobId]);
  return useLiveQuery(read);
}
