import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LibraryDocument } from '../../../../../shared/contract';
import { getDb, jobsForDocument } from '../../../db';
import { stageLabel } from '../../jobs/stages';
import { useLive } from '../../jobs/state/use-live';
import { useLanguage } from '../../../i18n/use-language';
import { versionLabel } from './version-label';

/** Where this document was sent: each job it went with, which version, and when. */
export function SentWith({ doc, headingId }: { doc: LibraryDocument; headingId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { value: jobs } = useLive(() => jobsForDocument(getDb(), doc.id), [doc.id]);
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const sends = (jobs ?? []).flatMap((job) =>
    job.sentDocuments.filter((s) => s.documentId === doc.id).map((sent) => ({ job, sent })),
  );
  return (
    <section className="detail__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('documents.detail.sentWith')}</h3>
      {jobs === undefined ? null : sends.length === 0 ? (
        <p className="detail__muted">{t('documents.detail.sentWithNone')}</p>
      ) : (
        <ul className="detail__sent-list">
          {sends.map(({ job, sent }) => {
            const version = doc.versions.find((v) => v.id === sent.versionId);
            return (
              <li key={`${job.id}/${sent.versionId}`}>
                <Link to={`/jobs/${encodeURIComponent(job.id)}`}>{job.employer ? `${job.title} — ${job.employer}` : job.title}</Link>
                <span className="detail__muted">
                  {' '}
                  {t('documents.detail.sentWithItem', {
                    version: version ? versionLabel(doc, version, t) : t('documents.detail.sentWithGone'),
                    date: dates.format(new Date(`${sent.sentAt}T00:00:00Z`)),
                    stage: stageLabel(t, job.stage),
                  })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
