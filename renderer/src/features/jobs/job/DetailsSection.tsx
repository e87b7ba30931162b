import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExternalLink, Pencil } from 'lucide-react';
import type { JobRow } from '../../../db/rows';
import { Button } from '../../../ui/Button';
import { formatDay, formatPay } from '../format';
import { useLanguage } from '../../../i18n/use-language';
import { DetailsForm } from './DetailsForm';

/** The job's fields as a list, and "Edit details" that turns it into a form in place. */
export function DetailsSection({ job }: { job: JobRow }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => document.getElementById(`details-edit-${job.id}`)?.focus());
  };
  const rows: Array<[string, ReactNode]> = [
    [t('jobs.fields.employer'), job.employer],
    [t('jobs.fields.location'), job.location],
    [t('jobs.fields.workplace'), job.workplace ? t(`jobs.workplace.${job.workplace}`) : ''],
    [t('jobs.fields.pay'), formatPay(job.pay, language, t)],
    [t('jobs.fields.source'), job.source],
    [
      t('jobs.fields.url'),
      job.url ? (
        <a className="job-details__link" href={job.url} target="_blank" rel="noopener noreferrer">
          {job.url}
          <ExternalLink aria-hidden="true" />
          <span className="visually-hidden"> {t('jobs.detail.opensInBrowser')}</span>
        </a>
      ) : (
        ''
      ),
    ],
    [t('jobs.fields.jobNumber'), job.jobNumber],
    [t('jobs.fields.postedAt'), formatDay(job.postedAt, language)],
    [t('jobs.fields.deadline'), formatDay(job.deadline, language)],
    [t('jobs.detail.added'), formatDay(job.createdAt, language)],
  ];
  return (
    <section className="section job-section" aria-labelledby={`details-${job.id}`}>
      <div className="job-section__head">
        <h2 id={`details-${job.id}`} className="section__title">
          {t('jobs.detail.details')}
        </h2>
        {editing ? null : (
          <Button id={`details-edit-${job.id}`} variant="secondary" icon={<Pencil />} onClick={() => setEditing(true)}>
            {t('jobs.detail.edit')}
          </Button>
        )}
      </div>
      {editing ? (
        <DetailsForm job={job} onDone={stopEditing} />
      ) : (
        <>
          <dl className="job-details">
            {rows.map(([label, value]) => (
              <div key={label} className="job-details__row">
                <dt>{label}</dt>
                <dd>{value || <span className="job-details__empty">{t('jobs.detail.notGiven')}</span>}</dd>
              </div>
            ))}
          </dl>
          <h3 className="job-details__subtitle">{t('jobs.fields.description')}</h3>
          {job.description.trim() ? (
            <div className="job-details__description">{job.description}</div>
          ) : (
            <p className="job-details__empty">{t('jobs.detail.noDescription')}</p>
          )}
        </>
      )}
    </section>
  );
}
