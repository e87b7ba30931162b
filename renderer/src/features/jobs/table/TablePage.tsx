import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchX } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { JobsBody } from '../components/JobsBody';
import { JobsHeader } from '../components/JobsHeader';
import { rememberView } from '../last-view';
import { useJobsSync } from '../state/use-jobs-sync';
import { Filters } from './Filters';
import { JobsTable } from './JobsTable';
import { sortOrderWords } from './sort-jobs';
import { isFiltering, useTableState } from './table-state';
import { useTableRows } from './use-table-rows';

/** /jobs/table: every job in a sortable, filterable table. */
export function TablePage() {
  const reload = useJobsSync();
  useEffect(() => rememberView('table'), []);
  return (
    <div className="page jobs-page jobs-page--table">
      <JobsHeader />
      <JobsBody onRetry={reload}>
        <TableView />
      </JobsBody>
    </div>
  );
}

function TableView() {
  const { t } = useTranslation();
  const { rows, total, currency, sources, search } = useTableRows();
  const filters = useTableState((s) => s.filters);
  const sort = useTableState((s) => s.sort);
  const filtering = isFiltering(filters);
  const sortedBy =
    sort.key === 'updated'
      ? t('jobs.table.sortedByUpdated')
      : t('jobs.table.sortedBy', { column: t(`jobs.table.columns.${sort.key}`), order: t(`jobs.table.order.${sortOrderWords(sort.key, sort.dir)}`) });
  return (
    <>
      <Filters sources={sources} currency={currency} />
      {/* data-search says which search the rows on screen answer (the speed benchmark waits for it). */}
      <p className="jobs-table__status" role="status" data-search={search}>
        {filtering ? t('jobs.table.showing', { count: rows.length, total }) : t('jobs.table.all', { count: total })} <span className="jobs-table__sorted">{sortedBy}</span>
      </p>
      {rows.length > 0 ? (
        <JobsTable rows={rows} label={t('jobs.table.label')} />
      ) : (
        <div className="jobs-table__none">
          <SearchX aria-hidden="true" />
          <p>{t('jobs.table.noMatches')}</p>
          <Button onClick={() => useTableState.getState().clear()}>{t('jobs.filters.clear')}</Button>
        </div>
      )}
    </>
  );
}
