import type { RouteObject } from 'react-router';
import type { NavItem } from '../../app/navigation';

/** The job pipeline's pages (board, table, a job, adding and importing), mounted under the app frame. */
export const jobsRoutes: RouteObject[] = [];

/** Its entries in the navigation rail; empty until the pages exist (no dead links). */
export const jobsNav: NavItem[] = [];
