import { addDays, type CalendarDate } from '../../../../../shared/domain/jobs';
import { addMonthsToDate, startOfWeek } from './calendar-math';

/** Which view the keys move in: a month moves a week with Up and Down; week and day views keep Up and Down for times. */
export type KeyGrid = 'month' | 'week' | 'day';

/**
 * Where a key moves the selected day: arrows by a day (and a week up and down in the month),
 * Home and End to the ends of the week, Page Up and Page Down by a month (month view) or a
 * week (week and day views). Null when the key is not a move.
 */
export function dayAfterKey(key: string, cursor: CalendarDate, grid: KeyGrid, weekStart: number): CalendarDate | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(cursor, -1);
    case 'ArrowRight':
      return addDays(cursor, 1);
    case 'ArrowUp':
      return grid === 'month' ? addDays(cursor, -7) : null;
    case 'ArrowDown':
      return grid === 'month' ? addDays(cursor, 7) : null;
    case 'Home':
      return startOfWeek(cursor, weekStart);
    case 'End':
      return addDays(startOfWeek(cursor, weekStart), 6);
    case 'PageUp':
      return grid === 'month' ? addMonthsToDate(cursor, -1) : addDays(cursor, grid === 'week' ? -7 : -1);
    case 'PageDown':
      return grid === 'month' ? addMonthsToDate(cursor, 1) : addDays(cursor, grid === 'week' ? 7 : 1);
    default:
      return null;
  }
}
