import { useTranslation } from 'react-i18next';
import { Search, X } from 'lucide-react';
import { useTableState } from './table-state';

/**
 * The table's search box. It reads only the search text from the store, so a keystroke
 * redraws this box and the rows, not the other filters beside it.
 */
export function SearchField({ id }: { id: string }) {
  const { t } = useTranslation();
  const text = useTableState((s) => s.filters.text);
  const { setFilters } = useTableState.getState();
  return (
    <div className="jobs-filters__field jobs-filters__field--search">
      <label htmlFor={id} className="jobs-filters__label">
        {t('jobs.filters.search')}
      </label>
      <div className="jobs-search">
        <Search className="jobs-search__icon" aria-hidden="true" />
        <input
          id={id}
          type="search"
          className="field__input jobs-search__input"
          placeholder={t('jobs.filters.searchPlaceholder')}
          value={text}
          onChange={(event) => setFilters({ text: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && text) {
              event.preventDefault();
              setFilters({ text: '' });
            }
          }}
          autoComplete="off"
          spellCheck={false}
        />
        {text ? (
          <button type="button" className="jobs-search__clear" onClick={() => setFilters({ text: '' })} aria-label={t('jobs.filters.clearSearch')}>
            <X aria-hidden="true" />
          </button>
        ) : null}
      </div>
    </div>
  );
}
