import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Sparkles } from 'lucide-react';
import { useLanguage } from '../../i18n/use-language';
import { moveBetweenLinks } from '../contacts/shared/list-keys';
import { describeFilter } from './filter-summary';
import type { SearchWithNews } from './use-saved-searches';

export interface SearchListProps {
  items: SearchWithNews[];
  onPick(id: string): void;
}

/** The saved searches as links: name, what each looks for, and how many new jobs match. */
export function SearchList({ items, onPick }: SearchListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="split-list" aria-label={t('savedSearches.list.label')}>
      <ul className="pick-list" aria-label={t('savedSearches.list.label')} onKeyDown={moveBetweenLinks}>
        {items.map(({ search, newCount }) => (
          <li key={search.id}>
            <NavLink to={`/saved-searches/${search.id}`} className="pick-option" data-id={search.id} onClick={() => onPick(search.id)}>
              <span className="pick-option__title">{search.name}</span>
              <span className="pick-option__meta">{describeFilter(search.filter, t, language).join(' · ')}</span>
              {newCount > 0 ? (
                <span className="search-news search-news--some">
                  <Sparkles aria-hidden="true" />
                  {t('savedSearches.list.new', { count: newCount })}
                </span>
              ) : (
                <span className="search-news">{t('savedSearches.list.noneNew')}</span>
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
