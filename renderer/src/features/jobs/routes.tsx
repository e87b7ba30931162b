import { Navigate, type RouteObject } from 'react-router';
import { Briefcase } from 'lucide-react';
import type { NavItem } from '../../app/navigation';
import { addingRoutes } from './adding/routes';
import { BoardPage } from './board/BoardPage';
import { JobPage } from './job/JobPage';
import { lastView } from './last-view';
import { TablePage } from './table/TablePage';

/** /jobs opens the view the user last chose: the board at first. */
function JobsIndex() {
  return <Navigate to={`/jobs/${lastView()}`} replace />;
}

/** The job pipeline's pages (board, table, a job, adding and importing), mounted under the app frame. */
export const jobsRoutes: RouteObject[] = [
  { path: 'jobs', element: <JobsIndex /> },
  { path: 'jobs/board', element: <BoardPage /> },
  { path: 'jobs/table', element: <TablePage /> },
  // ── Adding jobs (jobs/new, jobs/import): routes owned by the adding feature, in ./adding/routes.tsx ──
  ...addingRoutes,
  // Static paths such as jobs/new rank above this one whatever their order, so a job id never hides them.
  { path: 'jobs/:jobId', element: <JobPage /> },
];

/**
 * One entry in the navigation rail. It points at /jobs (which opens the board) so the rail
 * marks Jobs as the current page on the board, the table and every job's page alike.
 */
export const jobsNav: NavItem[] = [{ to: '/jobs', labelKey: 'jobs.nav.jobs', icon: Briefcase }];
