import type { CalendarDate } from '../../../../shared/domain/jobs';
import type { Occurrence, WallTime } from '../../../../shared/domain/schedule';
import { isMonthKey, isViewDate, type MonthKey } from './dates/calendar-math';

/** The schedule's views, each a deep link: #/schedule/month/2026-12, #/schedule/week/2026-12-07 … */
export type ScheduleView = 'month' | 'week' | 'day' | 'agenda';
export const SCHEDULE_VIEWS: readonly ScheduleView[] = ['month', 'week', 'day', 'agenda'];

export const monthPath = (month: MonthKey) => `/schedule/month/${month}`;
export const weekPath = (date: CalendarDate) => `/schedule/week/${date}`;
export const dayPath = (date: CalendarDate) => `/schedule/day/${date}`;
export const agendaPath = (date?: CalendarDate) => (date ? `/schedule/agenda/${date}` : '/schedule/agenda');

/** The path of a view showing `date`. */
export function viewPath(view: ScheduleView, date: CalendarDate): string {
  if (view === 'month') return monthPath(date.slice(0, 7));
  if (view === 'week') return weekPath(date);
  if (view === 'day') return dayPath(date);
  return agendaPath(date);
}

/** An event's page; for one occurrence of a series, which one (its start in the series' zone). */
export function eventPath(eventId: string, at?: WallTime | null): string {
  return at ? `/schedule/event/${eventId}?at=${encodeURIComponent(at)}` : `/schedule/event/${eventId}`;
}

/** The page of the occurrence shown on a calendar. */
export function occurrencePath(occurrence: Pick<Occurrence, 'eventId' | 'start' | 'event'>): string {
  return eventPath(occurrence.eventId, occurrence.event.recurrence ? occurrence.start : null);
}

const LAST_VIEW_KEY = 'career-organizer.schedule-view';

/** The view the user last chose (month the first time). */
export function lastScheduleView(): ScheduleView {
  const saved = globalThis.localStorage?.getItem(LAST_VIEW_KEY);
  return SCHEDULE_VIEWS.includes(saved as ScheduleView) ? (saved as ScheduleView) : 'month';
}

/** Remembers the view for the next visit to My schedule. */
export function rememberScheduleView(view: ScheduleView): void {
  globalThis.localStorage?.setItem(LAST_VIEW_KEY, view);
}

/** What a schedule address asks for: the view and a day in it (a month's first day for the month view). */
export interface ScheduleRoute {
  view: ScheduleView;
  anchor: CalendarDate;
}

/**
 * Reads #/schedule/<view>/<date>. A missing date means today; the month view also takes
 * a day (its month is shown), the others a month (its first day). Null when the address
 * is not one of these.
 */
export function parseScheduleRoute(view: string | undefined, date: string | undefined, today: CalendarDate): ScheduleRoute | null {
  if (!SCHEDULE_VIEWS.includes(view as ScheduleView)) return null;
  const chosen = view as ScheduleView;
  let day: CalendarDate | null = null;
  if (date === undefined) day = today;
  else if (isViewDate(date)) day = date;
  else if (isMonthKey(date) && chosen !== 'agenda') day = `${date}-01`;
  if (!day) return null;
  return { view: chosen, anchor: chosen === 'month' ? `${day.slice(0, 7)}-01` : day };
}
