import { useTranslation } from 'react-i18next';
import { Banknote, CalendarClock, Clock, MapPin, TriangleAlert } from 'lucide-react';
import { daysBetween, type CalendarDate } from '../../../../../shared/domain/jobs';
import type { JobRow } from '../../../db/rows';
import { StageBadge } from '../components/StageBadge';
import { formatDay, formatPay } from '../format';
import { useLanguage } from '../../../i18n/use-language';

export interface CardBodyProps {
  job: JobRow;
  today: CalendarDate;
  titleId?: string;
  metaId?: string;
  showStage?: boolean;
}

/** What a card says: title, employer, where, pay, and the next step with its due date (overdue in words and an icon). */
export function CardBody({ job, today, titleId, metaId, showStage }: CardBodyProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const where = [job.location, job.workplace ? t(`jobs.workplace.${job.workplace}`) : ''].filter(Boolean).join(' · ');
  const pay = formatPay(job.pay, language, t);
  return (
    <>
      <span className="job-card__title" id={titleId}>
        {job.title}
      </span>
      <span className="job-card__meta" id={metaId}>
        {showStage ? <StageBadge stage={job.stage} /> : null}
        {job.employer ? <span className="job-card__employer">{job.employer}</span> : null}
        {where ? (
          <span className="job-card__line">
            <MapPin aria-hidden="true" />
            {where}
          </span>
        ) : null}
        {pay ? (
          <span className="job-card__line">
            <Banknote aria-hidden="true" />
            {pay}
          </span>
        ) : null}
        <NextStep job={job} today={today} language={language} />
      </span>
    </>
  );
}

function NextStep({ job, today, language }: { job: JobRow; today: CalendarDate; language: string }) {
  const { t } = useTranslation();
  const action = job.nextAction;
  if (action) {
    const due = action.due;
    if (!due) return <span className="job-card__line job-card__next">{t('jobs.card.next', { action: action.text })}</span>;
    const days = daysBetween(today, due);
    if (days < 0) {
      return (
        <span className="job-card__line job-card__due job-card__due--overdue">
          <TriangleAlert aria-hidden="true" />
          {t('jobs.card.overdue', { action: action.text, date: formatDay(due, language) })}
        </span>
      );
    }
    if (days === 0) {
      return (
        <span className="job-card__line job-card__due job-card__due--today">
          <Clock aria-hidden="true" />
          {t('jobs.card.dueToday', { action: action.text })}
        </span>
      );
    }
    return (
      <span className="job-card__line job-card__due">
        <CalendarClock aria-hidden="true" />
        {t('jobs.card.due', { action: action.text, date: formatDay(due, language) })}
      </span>
    );
  }
  if (job.stage === 'saved' && job.deadline) {
    const passed = job.deadline < today;
    return (
      <span className={`job-card__line job-card__due${passed ? ' job-card__due--overdue' : ''}`}>
        {passed ? <TriangleAlert aria-hidden="true" /> : <CalendarClock aria-hidden="true" />}
        {t(passed ? 'jobs.card.deadlinePassed' : 'jobs.card.applyBy', { date: formatDay(job.deadline, language) })}
      </span>
    );
  }
  return null;
}
