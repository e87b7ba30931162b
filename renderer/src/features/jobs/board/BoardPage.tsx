import { useEffect } from 'react';
import { JobsBody } from '../components/JobsBody';
import { JobsHeader } from '../components/JobsHeader';
import { useJobsSync } from '../state/use-jobs-sync';
import { rememberView } from '../last-view';
import { Board } from './Board';

/** /jobs/board: the pipeline as columns. */
export function BoardPage() {
  const reload = useJobsSync({ preview: true });
  useEffect(() => rememberView('board'), []);
  return (
    <div className="page jobs-page jobs-page--board">
      <JobsHeader />
      <JobsBody onRetry={reload} allowPreview>
        <Board />
      </JobsBody>
    </div>
  );
}
