import type { RouteObject } from 'react-router';
import type { NavItem } from '../../app/navigation';

/** The job-search activity log pages, mounted under the app frame. */
export const activityRoutes: RouteObject[] = [];

/** Its entries in the navigation rail; empty until the pages exist (no dead links). */
export const activityNav: NavItem[] = [];
