import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TriangleAlert } from 'lucide-react';
import { getDb } from '../../../db/career-db';
import { reapplyWarningsFor } from '../../../db/jobs-table';
import type { JobRow } from '../../../db/rows';
import { reapplyText } from '../reapply-text';
import { useLive } from '../state/use-live';
import { useLanguage } from '../../../i18n/use-language';

/**
 * Before and just after applying: says when this employer turned the user down or never
 * answered in the last 90 days, with links to those jobs. A warning, never a block.
 */
export function ReapplyNotice({ job }: { job: JobRow }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const relevant = job.stage === 'saved' || job.stage === 'applied';
  const { value: warnings } = useLive(
    () => (relevant ? reapplyWarningsFor(getDb(), job.employer, { excludeJobId: job.id }) : Promise.resolve([])),
    [relevant, job.employer, job.id],
  );
  if (!warnings || warnings.length === 0) return null;
  return (
    <aside className="job-notice job-notice--warning" aria-labelledby={`reapply-${job.id}`}>
      <TriangleAlert aria-hidden="true" className="job-notice__icon" />
      <div>
        <h2 id={`reapply-${job.id}`} className="job-notice__title">
          {t('jobs.reapply.title', { employer: job.employer })}
        </h2>
        <ul className="job-notice__list">
          {warnings.map((warning) => (
            <li key={warning.jobId}>
              {reapplyText(t, warning, language)} <Link to={`/jobs/${warning.jobId}`}>{t('jobs.reapply.see', { title: warning.title })}</Link>
            </li>
          ))}
        </ul>
        <p className="job-notice__advice">{t('jobs.reapply.advice')}</p>
      </div>
    </aside>
  );
}
