import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { sortOrderWords } from './sort-jobs';
import { useTableState, type SortKey } from './table-state';

/**
 * A column header that sorts by its column; the order is told by aria-sort, an arrow and words.
 * Memoised: the table redraws with every key typed in the search box, the headers need not.
 */
export const SortHeader = memo(function SortHeader({ column }: { column: Exclude<SortKey, 'updated'> }) {
  const { t } = useTranslation();
  const sort = useTableState((s) => s.sort);
  const sortBy = useTableState((s) => s.sortBy);
  const current = sort.key === column;
  const Icon = !current ? ArrowUpDown : sort.dir === 'asc' ? ArrowUp : ArrowDown;
  return (
    <th scope="col" aria-sort={current ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} className={`jobs-table__head${current ? ' jobs-table__head--sorted' : ''}`}>
      <button type="button" className="jobs-table__sort" onClick={() => sortBy(column)}>
        <span>{t(`jobs.table.columns.${column}`)}</span>
        <Icon aria-hidden="true" />
        {current ? <span className="visually-hidden">{t('jobs.table.sorted', { order: t(`jobs.table.order.${sortOrderWords(column, sort.dir)}`) })}</span> : null}
      </button>
    </th>
  );
});
