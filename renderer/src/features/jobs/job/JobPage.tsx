import { useCallback, type ReactNode } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ArrowLeft, SearchX } from 'lucide-react';
import type { JobRow } from '../../../db/rows';
import { PageHeader } from '../../../ui/PageHeader';
import { MoveMenu } from '../components/MoveMenu';
import { StageBadge } from '../components/StageBadge';
import { formatDay } from '../format';
import { lastView, type JobsView } from '../last-view';
import { useJobs } from '../state/jobs-store';
import { useJobsSync } from '../state/use-jobs-sync';
import { useMoveJob } from '../state/use-move-job';
import { useLanguage } from '../../../i18n/use-language';
import { JobLetters } from '../../letters/sections/JobLetters';
import { JobEventsSection } from '../../schedule/job/JobEventsSection';
import { ContactsSection } from './ContactsSection';
import { DeleteJob } from './DeleteJob';
import { DetailsSection } from './DetailsSection';
import { NextActionSection } from './NextActionSection';
import { NotesSection } from './NotesSection';
import { ReapplyNotice } from './ReapplyNotice';
import { SentDocumentsSection } from './SentDocumentsSection';
import { TimelineSection } from './TimelineSection';
import { ButtonLink } from '../../../ui/ButtonLink';
import './job.css';

/** Where "Back" goes: the view the user came from, else the one they use. */
function useBackView(): JobsView {
  const from = (useLocation().state as { from?: string } | null)?.from;
  return from === 'board' || from === 'table' ? from : lastView();
}

/** /jobs/:jobId: everything about one job, each part editable where it is shown. */
export function JobPage() {
  const { t } = useTranslation();
  const { jobId } = useParams();
  useJobsSync();
  const job = useJobs((s) => (jobId ? s.byId.get(jobId) : undefined));
  const loaded = useJobs((s) => s.loaded);
  const view = useBackView();
  const back = (
    <ButtonLink variant="quiet" className="job-page__back" to={`/jobs/${view}`} icon={<ArrowLeft />}>
      {t(view === 'board' ? 'jobs.detail.backToBoard' : 'jobs.detail.backToTable')}
    </ButtonLink>
  );
  if (!job) {
    return (
      <div className="page job-page">
        {back}
        {loaded ? (
          <>
            <PageHeader title={t('jobs.detail.notFoundTitle')} />
            <p className="job-page__missing">
              <SearchX aria-hidden="true" />
              {t('jobs.detail.notFoundBody')}
            </p>
          </>
        ) : (
          <p role="status">{t('jobs.page.loading')}</p>
        )}
      </div>
    );
  }
  return <JobView key={job.id} job={job} back={back} view={view} />;
}

function JobView({ job, back, view }: { job: JobRow; back: ReactNode; view: JobsView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const move = useMoveJob();
  const leave = useCallback(() => void navigate(`/jobs/${view}`), [navigate, view]);
  const intro = [job.employer, job.location].filter(Boolean).join(' · ');
  return (
    <div className="page job-page">
      {back}
      <PageHeader
        title={job.title}
        intro={intro || undefined}
        action={<MoveMenu current={job.stage} onMove={(stage) => void move(job, stage)} className="move-menu__button--large" />}
      />
      <p className="job-page__stage">
        <StageBadge stage={job.stage} />
        <span>{t('jobs.detail.stageSince', { date: formatDay(job.stageAt, language, 'long') })}</span>
      </p>
      <ReapplyNotice job={job} />
      <div className="job-page__columns">
        <div className="job-page__main">
          <DetailsSection job={job} />
          <NotesSection job={job} />
          <JobLetters job={job} />
        </div>
        <div className="job-page__side">
          <NextActionSection job={job} />
          <JobEventsSection job={job} />
          <TimelineSection job={job} />
          <ContactsSection job={job} />
          <SentDocumentsSection job={job} />
        </div>
      </div>
      <DeleteJob job={job} onDeleted={leave} />
    </div>
  );
}
