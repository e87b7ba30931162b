import { weekOf } from '../../../../shared/domain/activity';
import { addDays, daysBetween, isCalendarDate, type CalendarDate } from '../../../../shared/domain/jobs';

export type RangeChoice = 'this-week' | 'last-week' | 'custom';

/** The longest range the PDF takes (the backend refuses more than about three years). */
export const MAX_RANGE_DAYS = 3 * 366;

/** This week's and last week's Sunday–Saturday, for the range choices. */
export function presetRanges(today: CalendarDate): Record<'this-week' | 'last-week', { from: CalendarDate; to: CalendarDate }> {
  const current = weekOf(today);
  return {
    'this-week': { from: current.start, to: current.end },
    'last-week': { from: addDays(current.start, -7), to: addDays(current.start, -1) },
  };
}

export type RangeProblem = 'fromRequired' | 'toRequired' | 'order' | 'tooLong';

/** What is wrong with a chosen from–to range, or null when it can be exported. */
export function rangeProblem(from: string, to: string): RangeProblem | null {
  if (!isCalendarDate(from)) return 'fromRequired';
  if (!isCalendarDate(to)) return 'toRequired';
  if (to < from) return 'order';
  if (daysBetween(from, to) > MAX_RANGE_DAYS) return 'tooLong';
  return null;
}
