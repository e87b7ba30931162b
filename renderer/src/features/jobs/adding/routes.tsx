import type { RouteObject } from 'react-router';
import { ImportJobsPage } from '../csv-ui/ImportJobsPage';
import { AddJobPage } from './AddJobPage';

/** Adding jobs: /jobs/new (form, pasted text, web address) and /jobs/import (CSV). Spread into jobsRoutes. */
export const addingRoutes: RouteObject[] = [
  { path: 'jobs/new', element: <AddJobPage /> },
  { path: 'jobs/import', element: <ImportJobsPage /> },
];
