import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Briefcase } from 'lucide-react';
import type { Job } from '../../../../../shared/domain/jobs';
import './job-links.css';

/** What a row shows of a job. */
export type JobLinkJob = Pick<Job, 'id' | 'title' | 'employer' | 'location' | 'stage'>;

export interface JobLinksProps<J extends JobLinkJob> {
  jobs: readonly J[];
  /** The list's accessible name. */
  label: string;
  /** Something shown before the title of a job, such as a "New" badge. */
  badge?(job: J): ReactNode;
  /** A button at the end of each row, such as Unlink. */
  action?(job: J): ReactNode;
}

/** Jobs as a list of links to their pages (/jobs/<id>), each with its employer, place and stage in words. */
export function JobLinks<J extends JobLinkJob>({ jobs, label, badge, action }: JobLinksProps<J>) {
  const { t } = useTranslation();
  return (
    <ul className="job-links" aria-label={label}>
      {jobs.map((job) => (
        <li key={job.id} className="job-links__item">
          <Briefcase className="job-links__icon" aria-hidden="true" />
          <div className="job-links__text">
            <span className="job-links__title">
              {badge?.(job)}
              <Link to={`/jobs/${job.id}`}>{job.title.trim() || t('contacts.jobs.noTitle')}</Link>
            </span>
            <span className="job-links__meta">{[job.employer, job.location].filter((x) => x.trim()).join(' · ')}</span>
          </div>
          <span className={`stage-label stage-label--${job.stage}`}>{t('contacts.jobs.stage', { stage: t(`activity.stages.${job.stage}`) })}</span>
          {action ? <span className="job-links__action">{action(job)}</span> : null}
        </li>
      ))}
    </ul>
  );
}
