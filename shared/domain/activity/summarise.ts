import type { Activity, ActivityType } from './activity';
import { ACTIVITY_TYPES } from './activity';
import { weekOf, weeksBetween, type Week } from './week';

/** One week of the log against the weekly requirement. */
export interface WeekSummary extends Week {
  count: number;
  target: number;
  met: boolean;
  /** How many more activities the week needs (0 when met). */
  missing: number;
  byType: Record<ActivityType, number>;
}

/**
 * Counts activities per Sunday–Saturday week from the week holding `from` to the week
 * holding `to` (whole weeks: the requirement is per week), against `target` per week.
 */
export function summariseWeeks(activities: readonly Pick<Activity, 'date' | 'type'>[], from: string, to: string, target: number): WeekSummary[] {
  const weeks = weeksBetween(from, to);
  const byStart = new Map<string, WeekSummary>();
  for (const week of weeks) {
    const byType = Object.fromEntries(ACTIVITY_TYPES.map((t) => [t, 0])) as Record<ActivityType, number>;
    byStart.set(week.start, { ...week, count: 0, target, met: target <= 0, missing: Math.max(0, target), byType });
  }
  for (const activity of activities) {
    const summary = byStart.get(weekOf(activity.date).start);
    if (!summary) continue;
    summary.count++;
    summary.byType[activity.type]++;
  }
  for (const summary of byStart.values()) {
    summary.met = summary.count >= target;
    summary.missing = Math.max(0, target - summary.count);
  }
  return [...byStart.values()];
}
