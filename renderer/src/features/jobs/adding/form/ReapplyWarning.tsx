import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TriangleAlert } from 'lucide-react';
import { formatDay, useLocale } from '../format';
import { useReapplyWarning } from './use-reapply-warning';

/**
 * Under the Employer field: "You applied to Acme on 3 March and heard nothing back…".
 * The region is always there, so screen readers hear the warning when it appears.
 */
export function ReapplyWarning({ employer, id }: { employer: string; id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notice = useReapplyWarning(employer);
  let message = '';
  if (notice) {
    const { warning, appliedAt } = notice;
    const name = warning.employer;
    if (warning.stage === 'rejected') message = t('jobsAdding.reapply.rejected', { employer: name, date: formatDay(warning.at, locale) });
    else if (appliedAt) message = t('jobsAdding.reapply.noResponse', { employer: name, date: formatDay(appliedAt, locale) });
    else message = t('jobsAdding.reapply.noResponseUndated', { employer: name, date: formatDay(warning.at, locale) });
  }
  return (
    <div aria-live="polite" id={id}>
      {notice ? (
        <div className="add-job__reapply">
          <TriangleAlert aria-hidden="true" className="add-job__reapply-icon" />
          <div>
            <p>
              {message} {notice.others > 0 ? t('jobsAdding.reapply.others', { count: notice.others }) : null}
            </p>
            <Link to={`/jobs/${notice.warning.jobId}`}>{t('jobsAdding.reapply.seeJob')}</Link>
          </div>
        </div>
      ) : null}
    </div>
  );
}
