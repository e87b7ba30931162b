import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LayoutGrid, List, Search, X } from 'lucide-react';
import { SORT_KEYS, type SortKey } from '../sorting';
import { useDocuments, type ViewMode } from '../store';
import './toolbar.css';

export interface ToolbarProps {
  query: string;
  onQuery(query: string): void;
  tag: string | null;
  tags: string[];
  onTag(tag: string | null): void;
}

const SORT_LABEL = { name: 'sortName', added: 'sortAdded', changed: 'sortChanged', type: 'sortType' } as const satisfies Record<SortKey, string>;

/** Search, sort, tag filter and list/grid: labels above each control, as in every form of the app. */
export function Toolbar({ query, onQuery, tag, tags, onTag }: ToolbarProps) {
  const { t } = useTranslation();
  const ids = { search: useId(), sort: useId(), tag: useId() };
  const sort = useDocuments((s) => s.sort);
  const searching = query.trim() !== '';
  return (
    <div className="doc-toolbar" role="search" aria-label={t('documents.toolbar.label')}>
      <div className="doc-toolbar__field doc-toolbar__field--search">
        <label htmlFor={ids.search} className="doc-toolbar__label">
          {t('documents.toolbar.search')}
        </label>
        <div className="doc-search">
          <Search className="doc-search__icon" aria-hidden="true" />
          <input
            id={ids.search}
            type="search"
            className="field__input doc-search__input"
            placeholder={t('documents.toolbar.searchPlaceholder')}
            value={query}
            onChange={(event) => onQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && query) {
                event.preventDefault();
                onQuery('');
              }
            }}
            autoComplete="off"
            spellCheck={false}
          />
          {query ? (
            <button type="button" className="doc-search__clear" onClick={() => onQuery('')} aria-label={t('documents.toolbar.clearSearch')}>
              <X aria-hidden="true" />
            </button>
          ) : null}
        </div>
      </div>
      <div className="doc-toolbar__field">
        <label htmlFor={ids.sort} className="doc-toolbar__label">
          {t('documents.toolbar.sort')}
        </label>
        <select
          id={ids.sort}
          className="field__input"
          value={searching ? 'best' : sort}
          disabled={searching}
          onChange={(event) => useDocuments.getState().setSort(event.target.value as SortKey)}
        >
          {searching ? <option value="best">{t('documents.toolbar.sortBestMatch')}</option> : null}
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(`documents.toolbar.${SORT_LABEL[key]}`)}
            </option>
          ))}
        </select>
      </div>
      {tags.length > 0 || tag ? (
        <div className="doc-toolbar__field">
          <label htmlFor={ids.tag} className="doc-toolbar__label">
            {t('documents.toolbar.tag')}
          </label>
          <select id={ids.tag} className="field__input" value={tag ?? ''} onChange={(event) => onTag(event.target.value || null)}>
            <option value="">{t('documents.toolbar.allTags')}</option>
            {tags.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <ViewToggle />
    </div>
  );
}

/** List or grid, as two toggle buttons whose pressed state is announced and drawn (not colour alone). */
function ViewToggle() {
  const { t } = useTranslation();
  const view = useDocuments((s) => s.view);
  const labelId = useId();
  const choices: Array<{ value: ViewMode; label: string; Icon: typeof List }> = [
    { value: 'list', label: t('documents.toolbar.viewList'), Icon: List },
    { value: 'grid', label: t('documents.toolbar.viewGrid'), Icon: LayoutGrid },
  ];
  return (
    <div className="doc-toolbar__field">
      <span className="doc-toolbar__label" id={labelId}>
        {t('documents.toolbar.view')}
      </span>
      <div className="doc-view-toggle" role="group" aria-labelledby={labelId}>
        {choices.map(({ value, label, Icon }) => (
          <button
            key={value}
            type="button"
            className="doc-view-toggle__button"
            aria-pressed={view === value}
            onClick={() => useDocuments.getState().setView(value)}
          >
            <Icon aria-hidden="true" />
            <span>{label}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
