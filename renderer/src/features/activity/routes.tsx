import type { RouteObject } from 'react-router';
import { ClipboardList } from 'lucide-react';
import type { NavItem } from '../../app/navigation';
import { ActivityPage } from './ActivityPage';

/** The job-search activity log page, mounted under the app frame. */
export const activityRoutes: RouteObject[] = [{ path: 'activity', element: <ActivityPage /> }];

/** Its entry in the navigation rail. */
export const activityNav: NavItem[] = [{ to: '/activity', labelKey: 'activity.nav', icon: ClipboardList }];
