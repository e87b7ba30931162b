import type { RouteObject } from 'react-router';
import { useParams } from 'react-router';
import type { NavItem } from '../../../../../../renderer/src/app/navigation';
import { addingRoutes } from '../../../../../../renderer/src/features/jobs/adding/routes';

// The jobs area's own pages (board, table, a job) belong to another feature and change under
// it; these tests mount only the adding routes for real, and a stand-in where a saved job opens.
function JobStandIn() {
  const { jobId } = useParams();
  return <h1>Job {jobId}</h1>;
}

export const jobsRoutes: RouteObject[] = [...addingRoutes, { path: 'jobs/:jobId', element: <JobStandIn /> }, { path: 'jobs', element: <h1>Jobs</h1> }];
export const jobsNav: NavItem[] = [];
