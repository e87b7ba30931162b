import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Pencil, Trash2 } from 'lucide-react';
import type { JobFilter, SavedSearch } from '../../../../shared/domain/jobs';
import { getDb, listJobs, markSearchViewed } from '../../db';
import { Button } from '../../ui/Button';
import { useLanguage } from '../../i18n/use-language';
import { formatInstant } from '../contacts/shared/calendar';
import { JobLinks } from '../contacts/shared/JobLinks';
import { useLiveQuery } from '../contacts/shared/use-live-query';
import { describeFilter } from './filter-summary';

const SHOWN = 200;

export interface SearchDetailProps {
  search: SavedSearch;
  back: ReactNode;
  onEdit(search: SavedSearch): void;
  onDelete(search: SavedSearch): void;
}

/**
 * One saved search, opened: it is marked as viewed (its "new" count starts again), and the
 * jobs that match are listed newest first, those added since the last look marked "New".
 */
export function SearchDetail({ search, back, onEdit, onDelete }: SearchDetailProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  // When it was last opened before now: what "new" is measured from while it stays open.
  const [since] = useState(search.lastViewedAt);
  useEffect(() => {
    const db = getDb();
    const mark = () => void markSearchViewed(db, search.id).catch(() => undefined); // gone (deleted): nothing to mark
    mark();
    // Leaving marks it again: jobs that arrived while it was open have been seen.
    return mark;
  }, [search.id]);

  const filterKey = JSON.stringify(search.filter);
  const load = useCallback(async () => {
    const jobs = await listJobs(getDb(), JSON.parse(filterKey) as JobFilter);
    return jobs.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  }, [filterKey]);
  const matches = useLiveQuery(load);
  const jobs = matches.value ?? [];
  const isNew = (job: { createdAt: string }) => since !== null && job.createdAt > since;
  const newCount = since === null ? 0 : jobs.filter((j) => j.createdAt > since).length;
  const headingId = `search-${search.id}`;

  return (
    <section className="split-detail" aria-labelledby={headingId}>
      {back}
      <div className="split-detail__head">
        <h2 id={headingId} className="split-detail__title" tabIndex={-1}>
          {search.name}
        </h2>
      </div>
      <ul className="search-summary">
        {describeFilter(search.filter, t, language).map((part) => (
          <li key={part}>{part}</li>
        ))}
      </ul>
      <div className="split-detail__actions" role="group" aria-label={t('savedSearches.detail.actions')}>
        <Button icon={<Pencil />} onClick={() => onEdit(search)}>
          {t('savedSearches.detail.edit')}
        </Button>
        <Button variant="quiet" className="split-detail__delete" icon={<Trash2 />} onClick={() => onDelete(search)}>
          {t('savedSearches.detail.delete')}
        </Button>
      </div>
      <section className="split-detail__section" aria-labelledby={`${headingId}-matches`}>
        <h3 id={`${headingId}-matches`}>{t('savedSearches.detail.matchesLabel')}</h3>
        <p className="search-detail__looked">
          {since ? t('savedSearches.detail.lastLooked', { date: formatInstant(since, language) }) : t('savedSearches.detail.firstLook')}
        </p>
        {matches.error ? (
          <p role="alert">{t('savedSearches.detail.failed', { reason: matches.error })}</p>
        ) : !matches.loaded ? null : jobs.length === 0 ? (
          <div className="split-note">
            <p>
              <strong>{t('savedSearches.detail.none')}</strong>
            </p>
            <p>{t('savedSearches.detail.noneHint')}</p>
          </div>
        ) : (
          <>
            <p role="status">
              {t('savedSearches.detail.matches', { count: jobs.length })}
              {newCount > 0 ? ` ${t('savedSearches.detail.newSince', { count: newCount })}` : ''}
              {jobs.length > SHOWN ? ` ${t('savedSearches.detail.showing', { shown: SHOWN, total: jobs.length })}` : ''}
            </p>
            <JobLinks
              jobs={jobs.slice(0, SHOWN)}
              label={t('savedSearches.detail.matchesLabel')}
              badge={(job) => (isNew(job) ? <span className="new-badge">{t('savedSearches.detail.newBadge')}</span> : null)}
            />
          </>
        )}
      </section>
    </section>
  );
}
