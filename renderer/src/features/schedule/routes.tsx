import { Navigate, type RouteObject } from 'react-router';
import { CalendarDays } from 'lucide-react';
import { localDateOf } from '../../../../shared/domain/jobs';
import type { NavItem } from '../../app/navigation';
import { EventPage } from './event/EventPage';
import { SchedulePage } from './page/SchedulePage';
import { lastScheduleView, viewPath } from './paths';
// The schedule's events count in the job-search log from the start, whichever page opens first.
import './activity-source';

/** #/schedule opens the view the user last chose, at today. */
function ScheduleHome() {
  return <Navigate to={viewPath(lastScheduleView(), localDateOf(new Date()))} replace />;
}

/**
 * The schedule pages: #/schedule/month/2026-12, /week/2026-12-07, /day/2026-12-09, /agenda,
 * and #/schedule/event/<id> (with ?at=<start> for one date of a repeating event).
 */
export const scheduleRoutes: RouteObject[] = [
  { path: 'schedule', element: <ScheduleHome /> },
  { path: 'schedule/event/:eventId', element: <EventPage /> },
  { path: 'schedule/:view', element: <SchedulePage /> },
  { path: 'schedule/:view/:date', element: <SchedulePage /> },
];

/** Its entry in the navigation rail, after Jobs. */
export const scheduleNav: NavItem[] = [{ to: '/schedule', labelKey: 'schedule.nav', icon: CalendarDays }];
