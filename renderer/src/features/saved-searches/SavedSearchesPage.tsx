import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ArrowLeft, BookmarkCheck, BookmarkPlus, SearchCheck } from 'lucide-react';
import type { SavedSearch } from '../../../../shared/domain/jobs';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useAddShortcut } from '../documents/use-add-shortcut';
import { useNarrow } from '../documents/use-narrow';
import { SearchDetail } from './SearchDetail';
import { SearchDialog, type SearchEditor } from './SearchDialog';
import { SearchList } from './SearchList';
import { useDeleteSearch } from './use-delete-search';
import { useSavedSearches } from './use-saved-searches';
import '../contacts/shared/split.css';
import './saved-searches.css';

/**
 * Saved searches: named filters over the user's jobs on the left, each with its count of
 * new matches; the opened one on the right with the jobs that match.
 */
export function SavedSearchesPage() {
  const { t } = useTranslation();
  const { searchId } = useParams();
  const navigate = useNavigate();
  const narrow = useNarrow();
  const searches = useSavedSearches();
  const items = useMemo(() => searches.value ?? [], [searches.value]);
  const selected = searchId ? items.find((item) => item.search.id === searchId)?.search : undefined;
  const [editor, setEditor] = useState<SearchEditor>({ open: false, search: null, session: 0 });
  const page = useRef<HTMLDivElement>(null);
  const focusDetail = useRef(false);

  const openEditor = useCallback((search: SavedSearch | null) => setEditor((e) => ({ open: true, search, session: e.session + 1 })), []);
  useAddShortcut(() => openEditor(null));
  useEffect(() => {
    if (!focusDetail.current || !searchId) return;
    focusDetail.current = false;
    requestAnimationFrame(() => page.current?.querySelector<HTMLElement>('.split-detail__title')?.focus());
  }, [searchId]);

  const remove = useDeleteSearch(
    useCallback(
      (search: SavedSearch) => {
        const at = items.findIndex((item) => item.search.id === search.id);
        const next = at >= 0 ? (items[at + 1] ?? items[at - 1])?.search.id : undefined;
        void navigate(next && !narrow ? `/saved-searches/${next}` : '/saved-searches', { replace: true });
      },
      [items, narrow, navigate],
    ),
  );

  const add = (
    <Button variant="primary" icon={<BookmarkPlus />} onClick={() => openEditor(null)}>
      {t('savedSearches.add')}
    </Button>
  );

  let body;
  if (searches.error && !searches.loaded) {
    body = (
      <div className="split-problem" role="alert">
        <p>{t('savedSearches.loadFailed', { reason: searches.error })}</p>
        <Button onClick={searches.retry}>{t('savedSearches.tryAgain')}</Button>
      </div>
    );
  } else if (!searches.loaded) {
    body = <p role="status">{t('savedSearches.loading')}</p>;
  } else if (items.length === 0 && !searchId) {
    body = (
      <EmptyState icon={<BookmarkCheck />} title={t('savedSearches.empty.title')} action={add}>
        <p>{t('savedSearches.empty.body')}</p>
      </EmptyState>
    );
  } else {
    const back = narrow ? (
      <Button variant="quiet" className="split-detail__back" icon={<ArrowLeft />} onClick={() => void navigate('/saved-searches')}>
        {t('savedSearches.detail.back')}
      </Button>
    ) : null;
    body = (
      <div className="split-panes">
        {!narrow || !searchId ? <SearchList items={items} onPick={() => (focusDetail.current = narrow)} /> : null}
        {!narrow || searchId ? (
          selected ? (
            <SearchDetail key={selected.id} search={selected} back={back} onEdit={openEditor} onDelete={(s) => void remove(s)} />
          ) : (
            <section className={`split-detail${searchId ? '' : ' split-detail--empty'}`} aria-label={t('savedSearches.detail.label')}>
              {back}
              {searchId ? (
                <>
                  <h2>{t('savedSearches.detail.notFoundTitle')}</h2>
                  <p>{t('savedSearches.detail.notFoundBody')}</p>
                </>
              ) : (
                <>
                  <SearchCheck aria-hidden="true" className="split-detail__empty-icon" />
                  <p>{t('savedSearches.detail.noSelection')}</p>
                </>
              )}
            </section>
          )
        ) : null}
      </div>
    );
  }

  const narrowClass = narrow ? ` split-page--narrow${searchId ? ' split-page--detail' : ''}` : '';
  return (
    <div className={`page split-page${narrowClass}`} ref={page}>
      <PageHeader title={t('savedSearches.title')} intro={t('savedSearches.intro')} action={add} />
      {body}
      <SearchDialog
        editor={editor}
        onClose={() => setEditor((e) => ({ ...e, open: false }))}
        onSaved={(search, added) => {
          setEditor((e) => ({ ...e, open: false }));
          if (added) {
            focusDetail.current = true;
            void navigate(`/saved-searches/${search.id}`);
          }
        }}
      />
    </div>
  );
}
