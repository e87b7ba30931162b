import type { LogActivity } from '../../../shared/contract/activity';

const DAY_MS = 86_400_000;

/** The longest range one export may cover: a benefit year with room on both sides. */
export const MAX_RANGE_DAYS = 3 * 366;

/** One Sunday-to-Saturday week of the log. */
export interface LogWeek {
  /** The week's Sunday and Saturday. */
  start: string;
  end: string;
  /** The part of the week inside the chosen range (the whole week unless the range cuts it). */
  shownFrom: string;
  shownTo: string;
  activities: LogActivity[];
}

const toMs = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Days from `from` to `to`, counting both. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS) + 1;
}

/**
 * Splits the range into Sunday–Saturday weeks (the week the benefits office counts) and
 * puts each activity inside the range in its week, in date order; activities outside are left out.
 */
export function groupByWeek(from: string, to: string, activities: readonly LogActivity[]): LogWeek[] {
  const inRange = activities
    .map((activity, index) => ({ activity, index }))
    .filter(({ activity }) => activity.date >= from && activity.date <= to)
    // Same-day activities keep the order the renderer sent (Array.sort is stable).
    .sort((a, b) => (a.activity.date < b.activity.date ? -1 : a.activity.date > b.activity.date ? 1 : a.index - b.index))
    .map(({ activity }) => activity);
  const weeks: LogWeek[] = [];
  const first = toMs(from);
  const last = toMs(to);
  let next = 0;
  for (let sunday = first - new Date(first).getUTCDay() * DAY_MS; sunday <= last; sunday += 7 * DAY_MS) {
    const saturday = sunday + 6 * DAY_MS;
    const week: LogWeek = {
      start: toDay(sunday),
      end: toDay(saturday),
      shownFrom: toDay(Math.max(sunday, first)),
      shownTo: toDay(Math.min(saturday, last)),
      activities: [],
    };
    while (next < inRange.length && inRange[next].date <= week.end) week.activities.push(inRange[next++]);
    weeks.push(week);
  }
  return weeks;
}
