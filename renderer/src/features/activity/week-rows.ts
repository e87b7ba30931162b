import type { CalendarDate } from '../../../../shared/domain/jobs';
import type { LogWeek } from './use-activity-log';

/** What the log draws, newest first: a week card, or one line for a run of past weeks with nothing in them. */
export type WeekRow =
  | { kind: 'week'; week: LogWeek; when: 'current' | 'last' | 'past' }
  | { kind: 'gap'; from: CalendarDate; to: CalendarDate; count: number };

/**
 * This week and last week always get a card (they are the ones the user acts on); older
 * empty weeks fold into one line each run, so a new user isn't met by a wall of "3 short".
 */
export function weekRows(weeks: readonly LogWeek[]): WeekRow[] {
  const rows: WeekRow[] = [];
  let gap: LogWeek[] = [];
  const flush = () => {
    if (gap.length) rows.push({ kind: 'gap', from: gap[gap.length - 1].summary.start, to: gap[0].summary.end, count: gap.length });
    gap = [];
  };
  weeks.forEach((week, index) => {
    if (index >= 2 && week.activities.length === 0) {
      gap.push(week);
      return;
    }
    flush();
    rows.push({ kind: 'week', week, when: index === 0 ? 'current' : index === 1 ? 'last' : 'past' });
  });
  flush();
  return rows;
}
