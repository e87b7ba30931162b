import type { TFunction } from 'i18next';
import { formatDayRange, formatLongDay, formatMonth, formatMediumDay } from '../dates/format';
import type { ScheduleRoute } from '../paths';
import type { ViewRange } from './view-range';

/** The heading of what is shown: "December 2026", "Dec 7 – 13, 2026", "Tuesday, December 9, 2026", "From Tue, Dec 9, 2026". */
export function viewTitle(t: TFunction, route: ScheduleRoute, range: ViewRange, language: string): string {
  if (route.view === 'month') return formatMonth(route.anchor.slice(0, 7), language);
  if (route.view === 'week') return formatDayRange(range.first, range.last, language);
  if (route.view === 'day') return formatLongDay(route.anchor, language, true);
  return t('schedule.agenda.title', { date: formatMediumDay(range.first, language) });
}
