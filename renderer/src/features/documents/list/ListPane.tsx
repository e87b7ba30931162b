import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import type { ViewMode } from '../store';
import { DocumentList, type ListItem } from './DocumentList';
import { SEARCH_LIMIT, type SearchState } from './use-search';

export interface ListPaneProps {
  items: ListItem[];
  label: string;
  query: string;
  search: SearchState;
  tag: string | null;
  onClearFilters(): void;
  view: ViewMode;
  selectedId: string | null;
  followFocus: boolean;
  focusId: string | null;
  onOpen(id: string, how: 'pointer' | 'keyboard' | 'enter'): void;
}

/** The left pane: a count (or the search outcome) that screen readers hear, then the list. */
export function ListPane(props: ListPaneProps) {
  const { t } = useTranslation();
  const { items, query, search, tag } = props;
  const searching = query.trim() !== '';
  let status: string;
  if (search.error) status = t('documents.list.searchFailed', { reason: search.error });
  else if (searching && search.searching && !search.hits) status = t('documents.list.searching');
  else if (searching && items.length >= SEARCH_LIMIT) status = t('documents.list.resultsMany', { count: items.length, query: query.trim() });
  else if (searching) status = items.length ? t('documents.list.results', { count: items.length, query: query.trim() }) : '';
  else status = t('documents.page.count', { count: items.length });
  const nothing = items.length === 0 && !(searching && search.searching);
  return (
    <section className="documents-list-pane" aria-label={props.label}>
      <p className="documents-list-pane__status" role="status">
        {status}
      </p>
      {nothing ? (
        <div className="documents-list-pane__none">
          <p>
            <strong>{searching ? t('documents.list.noResults', { query: query.trim() }) : t('documents.list.noTagged', { tag: tag ?? '' })}</strong>
          </p>
          {searching ? <p>{t('documents.list.noResultsHint')}</p> : null}
          <Button onClick={props.onClearFilters}>{t('documents.list.showAll')}</Button>
        </div>
      ) : (
        <DocumentList
          items={items}
          label={props.label}
          view={props.view}
          selectedId={props.selectedId}
          followFocus={props.followFocus}
          focusId={props.focusId}
          onOpen={props.onOpen}
        />
      )}
    </section>
  );
}
