import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ListFilter, X } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { STAGES, stageLabel } from '../stages';
import { MoreFilters } from './MoreFilters';
import { SearchField } from './SearchField';
import { extraFilterCount, isFiltering, useTableState, type StageFilter } from './table-state';
import './filters.css';

/**
 * Search, stage and source, and "More filters" for pay and dates: labels above every control.
 * Memoised (its props change only with the jobs), so the rows redrawing don't redraw it.
 */
export const Filters = memo(function Filters({ sources, currency }: { sources: Array<{ value: string; label: string }>; currency: string }) {
  const { t } = useTranslation();
  const ids = { search: useId(), stage: useId(), source: useId(), more: useId() };
  // Each a value of its own, so typing in the search box (its own component) redraws none of this.
  const stage = useTableState((s) => s.filters.stage);
  const source = useTableState((s) => s.filters.source);
  const extra = useTableState((s) => extraFilterCount(s.filters));
  const moreOpen = useTableState((s) => s.moreOpen);
  const { setFilters, setMoreOpen } = useTableState.getState();
  return (
    <div className="jobs-filters-wrap">
      <div className="jobs-filters" role="search" aria-label={t('jobs.filters.label')}>
        <SearchField id={ids.search} />
        <div className="jobs-filters__field">
          <label htmlFor={ids.stage} className="jobs-filters__label">
            {t('jobs.filters.stage')}
          </label>
          <select id={ids.stage} className="field__input" value={stage} onChange={(event) => setFilters({ stage: event.target.value as StageFilter })}>
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
          <select id={ids.source} className="field__input jobs-filters__source" value={source} onChange={(event) => setFilters({ source: event.target.value })}>
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
          <ClearButton />
        </div>
      </div>
      {moreOpen ? <MoreFilters id={ids.more} currency={currency} /> : null}
    </div>
  );
});

/** "Clear filters", shown while any filter is in use: its own component, so the first letter typed redraws only it. */
function ClearButton() {
  const { t } = useTranslation();
  const filtering = useTableState((s) => isFiltering(s.filters));
  if (!filtering) return null;
  return (
    <Button variant="quiet" icon={<X />} onClick={useTableState.getState().clear}>
      {t('jobs.filters.clear')}
    </Button>
  );
}
