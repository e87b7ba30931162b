import { useEffect, useRef } from 'react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContactRow } from '../../db';
import { Button } from '../../ui/Button';
import { moveBetweenLinks } from './shared/list-keys';
import { SearchBox } from './shared/SearchBox';

export interface ContactListProps {
  contacts: ContactRow[];
  query: string;
  onQuery(query: string): void;
  /** Focus this contact's link once drawn (coming back from the details, or after a delete). */
  focusId: string | null;
  onPick(id: string): void;
}

/** The left pane: search by name or employer, a count screen readers hear, and the contacts as links. */
export function ContactList({ contacts, query, onQuery, focusId, onPick }: ContactListProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLUListElement>(null);
  const searching = query.trim() !== '';
  useEffect(() => {
    if (!focusId) return;
    const link = list.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(focusId)}"]`);
    link?.focus();
    link?.scrollIntoView?.({ block: 'nearest' });
  }, [focusId]);
  const status = searching
    ? contacts.length
      ? t('contacts.list.results', { count: contacts.length, query: query.trim() })
      : ''
    : t('contacts.list.count', { count: contacts.length });
  return (
    <section className="split-list" aria-label={t('contacts.list.label')}>
      <SearchBox label={t('contacts.list.search')} clearLabel={t('contacts.list.clearSearch')} value={query} onChange={onQuery} />
      <p className="split-list__status" role="status">
        {status}
      </p>
      {contacts.length === 0 ? (
        <div className="split-list__none">
          <p>
            <strong>{t('contacts.list.noResults', { query: query.trim() })}</strong>
          </p>
          <p>{t('contacts.list.noResultsHint')}</p>
          <Button onClick={() => onQuery('')}>{t('contacts.list.showAll')}</Button>
        </div>
      ) : (
        <ul ref={list} className="pick-list" aria-label={t('contacts.list.label')} onKeyDown={moveBetweenLinks}>
          {contacts.map((contact) => (
            <li key={contact.id}>
              <NavLink to={`/contacts/${contact.id}`} className="pick-option" data-id={contact.id} onClick={() => onPick(contact.id)}>
                <span className="pick-option__title">{contact.name}</span>
                <span className="pick-option__meta">{[t(`contacts.roles.${contact.role}`), contact.employer].filter(Boolean).join(' · ')}</span>
              </NavLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
