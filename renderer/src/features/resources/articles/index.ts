import { gettingReadyForAnInterview } from './getting-ready-for-an-interview';
import { jobSearchLog } from './job-search-log';
import { readingMinutes } from './reading-time';
import { resumeChecklist } from './resume-checklist';
import { turningDownAnInterview } from './turning-down-an-interview';
import type { Article, ArticleLang, ArticleSource } from './types';

export type { Article, ArticleBlock, ArticleLang, ArticleSection, ArticleSource, ArticleText } from './types';

/** Every article, in the order the Resources page lists them: the most asked-for first. */
export const ARTICLE_SOURCES: readonly ArticleSource[] = [
  gettingReadyForAnInterview,
  resumeChecklist,
  turningDownAnInterview,
  jobSearchLog,
];

/** The text in the reader's language when it has been written, otherwise the English one. */
export function resolveArticle(source: ArticleSource, lang: ArticleLang): Article {
  const translated = source.texts[lang];
  const text = translated ?? source.texts.en;
  return { ...text, id: source.id, readingMinutes: readingMinutes(text), isFallback: !translated };
}

export function listArticles(lang: ArticleLang): Article[] {
  return ARTICLE_SOURCES.map((source) => resolveArticle(source, lang));
}

/** undefined when no article has this id (an old or mistyped link). */
export function findArticle(id: string | undefined, lang: ArticleLang): Article | undefined {
  const source = ARTICLE_SOURCES.find((candidate) => candidate.id === id);
  return source ? resolveArticle(source, lang) : undefined;
}
