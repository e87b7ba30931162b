import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind } from '../../../../../shared/contract';
import { tagsOf, visibleDocuments } from '../sorting';
import { useDocuments } from '../store';
import { useLanguage } from '../../../i18n/use-language';
import type { ListItem } from './DocumentList';
import { useSearch, type SearchState } from './use-search';

export interface ListItems {
  /** What the list shows: search hits in best-match order, else the documents sorted. */
  items: ListItem[];
  /** Tags used in this area, for the filter. */
  tags: string[];
  /** How many documents of this kind exist at all (0: show the teaching empty state). */
  total: number;
  search: SearchState;
}

/** The documents of one area as the list shows them, recomputed only when something they depend on changes. */
export function useListItems(kind: DocumentKind, query: string, tag: string | null): ListItems {
  const { t } = useTranslation();
  const language = useLanguage();
  const byId = useDocuments((s) => s.byId);
  const sort = useDocuments((s) => s.sort);
  const docs = useMemo(() => Object.values(byId), [byId]);
  const sorted = useMemo(
    () => visibleDocuments(docs, { kind, tag, sort, language, typeLabel: (type) => t(`documents.types.${type}`) }),
    [docs, kind, tag, sort, language, t],
  );
  const tags = useMemo(() => tagsOf(docs, kind, language), [docs, kind, language]);
  const total = useMemo(() => docs.reduce((n, doc) => (doc.kind === kind ? n + 1 : n), 0), [docs, kind]);
  const search = useSearch(query, kind, tag);
  const items = useMemo(
    () =>
      search.hits
        ? search.hits.flatMap((hit) => {
            const doc = byId[hit.documentId];
            // A hit for a document deleted since, or of another kind, is left out.
            return doc && doc.kind === kind ? [{ doc, hit }] : [];
          })
        : sorted.map((doc) => ({ doc })),
    [search.hits, byId, kind, sorted],
  );
  return { items, tags, total, search };
}
