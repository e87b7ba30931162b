import { useCallback, useMemo } from 'react';
import { weekOf, type Activity, type WeekSummary } from '../../../../shared/domain/activity';
import { addDays, type CalendarDate } from '../../../../shared/domain/jobs';
import { getDb } from '../../db';
import { activityWeeks } from '../jobs/data/activity-log';
import { useLiveQuery } from '../contacts/shared/use-live-query';

/** A week of the log with its activities, oldest first within the week. */
export interface LogWeek {
  summary: WeekSummary;
  activities: Activity[];
}

/**
 * The last `weekCount` Sunday–Saturday weeks up to the one holding `today`, newest first,
 * each counted against `target`; derived and manual activities alike, kept current.
 */
export function useActivityLog(today: CalendarDate, weekCount: number, target: number) {
  const thisWeek = weekOf(today);
  const from = addDays(thisWeek.start, -7 * (weekCount - 1));
  const load = useCallback(() => activityWeeks(getDb(), from, thisWeek.end, target), [from, thisWeek.end, target]);
  const log = useLiveQuery(load);
  const weeks = useMemo<LogWeek[] | undefined>(() => {
    if (!log.value) return undefined;
    const byWeek = new Map<string, Activity[]>();
    for (const activity of log.value.activities) {
      const start = weekOf(activity.date).start;
      byWeek.set(start, [...(byWeek.get(start) ?? []), activity]);
    }
    return [...log.value.weeks].reverse().map((summary) => ({ summary, activities: byWeek.get(summary.start) ?? [] }));
  }, [log.value]);
  return { weeks, error: log.error, loaded: log.loaded, retry: log.retry, thisWeekStart: thisWeek.start };
}
