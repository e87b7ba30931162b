import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryDocument, SearchHit } from '../../../../../shared/contract';
import { KIND_ICON } from '../areas';
import { startDragOut } from '../dropping/drag-out';
import { fileTypeOf } from '../file-types';
import { formatDate } from '../format';
import { currentVersion } from '../sorting';
import { useLanguage } from '../../../i18n/use-language';
import { Highlighted } from './Highlighted';

export interface DocumentOptionProps {
  doc: LibraryDocument;
  hit?: SearchHit;
  domId: string;
  active: boolean;
  selected: boolean;
  position: number;
  setSize: number;
  grid: boolean;
  onPick(id: string): void;
}

const SEARCH_BLOCKED = new Set(['no-text-layer', 'encrypted', 'failed']);

/**
 * One document in the list: title, type, date, tags, and the matching passage when searching.
 * It carries its place in the whole list, since only the visible rows exist in the page.
 */
export const DocumentOption = memo(function DocumentOption({ doc, hit, domId, active, selected, position, setSize, grid, onPick }: DocumentOptionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const version = currentVersion(doc);
  const Icon = KIND_ICON[doc.kind];
  const blocked = SEARCH_BLOCKED.has(version.textStatus);
  // A match in the title is marked in the title itself rather than repeated below it.
  const inTitle = hit !== undefined && hit.snippet === doc.title;
  const snippet = hit && hit.snippet && !inTitle ? hit : undefined;
  return (
    <div
      id={domId}
      role="option"
      className={`doc-option doc-option--${doc.kind}${grid ? ' doc-option--card' : ''}`}
      aria-selected={selected}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-labelledby={`${domId}-title`}
      aria-describedby={`${domId}-meta${snippet ? ` ${domId}-snippet` : ''}`}
      tabIndex={active ? 0 : -1}
      data-document-id={doc.id}
      onClick={() => onPick(doc.id)}
      draggable
      onDragStart={(event) => startDragOut(event, doc.id, version)}
    >
      <span className="doc-option__icon" aria-hidden="true">
        <Icon />
      </span>
      <span className="doc-option__text">
        {inTitle ? (
          <Highlighted className="doc-option__title" text={doc.title} ranges={hit.highlights} id={`${domId}-title`} />
        ) : (
          <span className="doc-option__title" id={`${domId}-title`}>
            {doc.title}
          </span>
        )}
        <span className="doc-option__meta" id={`${domId}-meta`}>
          <span>{t(`documents.types.${fileTypeOf(version)}`)}</span>
          <span>{t('documents.list.changed', { date: formatDate(doc.updatedAt, language) })}</span>
          {doc.versions.length > 1 ? <span>{t('documents.list.versions', { count: doc.versions.length })}</span> : null}
          {blocked && !grid ? <span className="doc-option__warning">{t('documents.list.noText')}</span> : null}
        </span>
        {doc.tags.length > 0 && !grid ? (
          <span className="doc-option__tags">
            {doc.tags.slice(0, 6).map((tag) => (
              <span key={tag} className="doc-tag">
                {tag}
              </span>
            ))}
          </span>
        ) : null}
        {snippet ? <Highlighted text={snippet.snippet} ranges={snippet.highlights} id={`${domId}-snippet`} /> : null}
      </span>
    </div>
  );
});
