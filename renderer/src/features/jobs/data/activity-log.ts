import type { LogActivity } from '../../../../../shared/contract/activity';
import { mergeStoredActivities, summariseWeeks, weekOf, type Activity, type WeekSummary } from '../../../../../shared/domain/activity';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import { listStoredActivities } from '../../../db/activities-table';
import type { CareerDb } from '../../../db/career-db';
import { activitySources } from './activity-sources';
import { ACTIVITY_CSV_LABELS_EN, type ActivityCsvLabels } from './activity-labels';

/**
 * The job-search log from `from` to `to` (inclusive): activities derived from every
 * registered source, the user's manual ones, and their edits and hides. Oldest first.
 */
export async function collectActivities(db: CareerDb, from: CalendarDate, to: CalendarDate): Promise<Activity[]> {
  const { registry, loaders } = activitySources();
  const records = new Map<string, unknown[]>();
  for (const [id, load] of loaders) records.set(id, await load(db, from, to));
  const merged = mergeStoredActivities(registry.derive(records), await listStoredActivities(db));
  return merged.filter((a) => a.date >= from && a.date <= to);
}

/** Whole Sunday–Saturday weeks covering `from`..`to`, each with its activities counted against `target`. */
export async function activityWeeks(
  db: CareerDb,
  from: CalendarDate,
  to: CalendarDate,
  target: number,
): Promise<{ weeks: WeekSummary[]; activities: Activity[] }> {
  const start = weekOf(from).start;
  const end = weekOf(to).end;
  const activities = await collectActivities(db, start, end);
  return { weeks: summariseWeeks(activities, start, end, target), activities };
}

// The PDF contract's text limit; joined contact names could pass it.
const clip = (text: string) => text.slice(0, 100_000);

/** Activities as the backend's 'activity-export-pdf' takes them: type and empty results in words. */
export function toLogActivities(activities: readonly Activity[], labels: ActivityCsvLabels = ACTIVITY_CSV_LABELS_EN): LogActivity[] {
  return activities.map((a) => ({
    date: a.date,
    type: labels.types[a.type],
    employer: clip(a.employer),
    contactPerson: clip(a.contactPerson),
    contactMethod: clip(a.contactMethod),
    position: clip(a.position),
    result: clip(a.result || (a.outcome ? labels.stages[a.outcome] : '')),
  }));
}
