import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ListFilter, Search, X } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { STAGES, stageLabel } from '../stages';
import { MoreFilters } from './MoreFilters';
import { extraFilterCount, isFiltering, useTableState, type StageFilter } from './table-state';
import './filters.css';

/** Search, stage and source, and "More filters" for pay and dates: labels above every control. */
export function Filters({ sources, currency }: { sources: Array<{ value: string; label: string }>; currency: string }) {
  const { t } = useTranslation();
  const ids = { search: useId(), stage: useId(), source: useId(), more: useId() };
  const filters = useTableState((s) => s.filters);
  const moreOpen = useTableState((s) => s.moreOpen);
  const { setFilters, clear, setMoreOpen } = useTableState.getState();
  const extra = extraFilterCount(filters);
  return (
    <div className="jobs-filters-wrap">
      <div className="jobs-filters" role="search" aria-label={t('jobs.filters.label')}>
        <div className="jobs-filters__field jobs-filters__field--search">
          <label htmlFor={ids.search} className="jobs-filters__label">
            {t('jobs.filters.search')}
          </label>
          <div className="jobs-search">
            <Search className="jobs-search__icon" aria-hidden="true" />
            <input
              id={ids.search}
              type="search"
              className="field__input jobs-search__input"
              placeholder={t('jobs.filters.searchPlaceholder')}
              value={filters.text}
              onChange={(event) => setFilters({ text: event.target.value })}
              onKeyDown={(event) => {
                if (event.key === 'Escape' && filters.text) {
                  event.preventDefault();
                  setFilters({ text: '' });
                }
              }}
              autoComplete="off"
              spellCheck={false}
            />
            {filters.text ? (
              <button type="button" className="jobs-search__clear" onClick={() => setFilters({ text: '' })} aria-label={t('jobs.filters.clearSearch')}>
                <X aria-hidden="true" />
              </button>
            ) : null}
          </div>
        </div>
        <div className="jobs-filters__field">
          <label htmlFor={ids.stage} className="jobs-filters__label">
            {t('jobs.filters.stage')}
          </label>
          <select id={ids.stage} className="field__input" value={filters.stage} onChange={(event) => setFilters({ stage: event.target.value as StageFilter })}>
            <option value="all">{t('jobs.filters.allStages')}</option>
            <option value="open">{t('jobs.filters.openStages')}</option>
            <option value="closed">{t('jobs.filters.closedStages')}</option>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {stageLabel(t, stage)}
              </option>
            ))}
          </select>
        </div>
        <div className="jobs-filters__field">
          <label htmlFor={ids.source} className="jobs-filters__label">
            {t('jobs.filters.source')}
          </label>
          <select id={ids.source} className="field__input jobs-filters__source" value={filters.source} onChange={(event) => setFilters({ source: event.target.value })}>
            <option value="">{t('jobs.filters.allSources')}</option>
            {sources.map((source) => (
              <option key={source.value} value={source.value}>
                {source.label}
              </option>
            ))}
          </select>
        </div>
        <div className="jobs-filters__buttons">
          <Button icon={<ListFilter />} aria-expanded={moreOpen} aria-controls={moreOpen ? ids.more : undefined} onClick={() => setMoreOpen(!moreOpen)}>
            {extra > 0 ? t('jobs.filters.moreCount', { count: extra }) : t('jobs.filters.more')}
          </Button>
          {isFiltering(filters) ? (
            <Button variant="quiet" icon={<X />} onClick={clear}>
              {t('jobs.filters.clear')}
            </Button>
          ) : null}
        </div>
      </div>
      {moreOpen ? <MoreFilters id={ids.more} currency={currency} /> : null}
    </div>
  );
}
