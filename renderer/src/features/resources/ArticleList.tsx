import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BookOpen, CalendarCheck, ClipboardCheck, Clock, MailX, MessagesSquare, type LucideIcon } from 'lucide-react';
import type { Article } from './articles';

// Pictures help people who scan rather than read; an article without one gets the book.
const ICONS: Record<string, LucideIcon> = {
  'getting-ready-for-an-interview': MessagesSquare,
  'resume-checklist': ClipboardCheck,
  'turning-down-an-interview': MailX,
  'job-search-log': CalendarCheck,
};

/** Reading time in the UI language, e.g. "4 minutes to read". */
export function ReadingTime({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  return (
    <span className="reading-time">
      <Clock className="reading-time__icon" aria-hidden="true" focusable="false" />
      {t('resources.readingTime', { count: minutes })}
    </span>
  );
}

/**
 * Articles as cards. The title is the one link in each card; it stretches over the
 * whole card so the target is big, while screen readers hear just the title.
 */
export function ArticleList({ articles, headingLevel = 3 }: { articles: readonly Article[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="article-cards">
      {articles.map((article) => {
        const Icon = ICONS[article.id] ?? BookOpen;
        return (
          <li key={article.id} className="article-card">
            <Icon className="article-card__icon" aria-hidden="true" focusable="false" />
            <div className="article-card__text" lang={article.lang}>
              <Heading className="article-card__title">
                <Link className="article-card__link" to={`/resources/${article.id}`}>
                  {article.title}
                </Link>
              </Heading>
              <p className="article-card__summary">{article.summary}</p>
            </div>
            <p className="article-card__meta">
              <ReadingTime minutes={article.readingMinutes} />
              {article.isFallback ? <span className="article-card__tag">{t('resources.inEnglish')}</span> : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
