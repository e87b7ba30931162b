import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FileUp } from 'lucide-react';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { AREA_KEY, KIND_ICON, AREA_KIND, type Area } from './areas';
import { ListPane } from './list/ListPane';
import { Toolbar } from './list/Toolbar';
import type { ListItems } from './list/use-list-items';
import { useDocuments } from './store';

export interface LibraryBodyProps {
  area: Area;
  documentId: string | undefined;
  narrow: boolean;
  list: ListItems;
  query: string;
  onQuery(query: string): void;
  tag: string | null;
  onTag(tag: string | null): void;
  focusId: string | null;
  addFiles: ReactNode;
  detail: ReactNode;
  onOpen(id: string, how: 'pointer' | 'keyboard' | 'enter'): void;
  onRetry(): void;
}

/** Below the page title: loading, a failure with Try again, the teaching empty state, or the toolbar with list and details. */
export function LibraryBody(props: LibraryBodyProps) {
  const { t } = useTranslation();
  const loaded = useDocuments((s) => s.loaded);
  const loadError = useDocuments((s) => s.loadError);
  const view = useDocuments((s) => s.view);
  const { area, documentId, narrow, list } = props;
  const areaKey = AREA_KEY[area];

  if (loadError && !loaded) {
    return (
      <div className="documents-problem" role="alert">
        <p>{t('documents.page.loadFailed', { reason: loadError })}</p>
        <Button onClick={props.onRetry}>{t('documents.page.tryAgain')}</Button>
      </div>
    );
  }
  if (!loaded) return <p role="status">{t('documents.page.loading')}</p>;
  if (list.total === 0 && !documentId) {
    const Icon = KIND_ICON[AREA_KIND[area]];
    return (
      <EmptyState icon={<Icon />} title={t(`documents.areas.${areaKey}.emptyTitle`)} action={props.addFiles}>
        <p>{t(`documents.areas.${areaKey}.emptyBody`)}</p>
        <p className="documents-empty__hint">
          <FileUp aria-hidden="true" />
          {t('documents.page.dropHint')}
        </p>
      </EmptyState>
    );
  }
  const showList = !narrow || !documentId;
  const showDetail = !narrow || Boolean(documentId);
  return (
    <>
      {showList ? <Toolbar query={props.query} onQuery={props.onQuery} tag={props.tag} tags={list.tags} onTag={props.onTag} /> : null}
      <div className="documents-panes">
        {showList ? (
          <ListPane
            items={list.items}
            label={t(`documents.areas.${areaKey}.title`)}
            query={props.query}
            search={list.search}
            tag={props.tag}
            onClearFilters={() => {
              props.onQuery('');
              props.onTag(null);
            }}
            view={view}
            selectedId={documentId ?? null}
            followFocus={!narrow}
            focusId={props.focusId}
            onOpen={props.onOpen}
          />
        ) : null}
        {showDetail ? props.detail : null}
      </div>
    </>
  );
}
