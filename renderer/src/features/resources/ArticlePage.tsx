import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Info } from 'lucide-react';
import { PageHeader } from '../../ui/PageHeader';
import { findArticle, listArticles, type Article } from './articles';
import { ArticleBlockView } from './ArticleBlockView';
import { ArticleList, ReadingTime } from './ArticleList';
import { BackLink } from './BackLink';
import { useUiLanguage } from './use-ui-language';
import './resources.css';
import './article.css';

/** One advice article, read offline, at /resources/:articleId. */
export function ArticlePage() {
  const { articleId } = useParams();
  const uiLang = useUiLanguage();
  const article = findArticle(articleId, uiLang);
  return (
    <div className="page resources-page">
      <BackLink />
      {/* key: moving between articles is a new page, so the title takes focus again. */}
      {article ? <ArticleView key={article.id} article={article} /> : <ArticleNotFound />}
    </div>
  );
}

function ArticleView({ article }: { article: Article }) {
  const { t } = useTranslation();
  const uiLang = useUiLanguage();
  const hasChecklist = article.sections.some((section) => section.blocks.some((block) => block.type === 'checklist'));
  return (
    // lang on the article, so a screen reader reads an English article in English even when the menus are Spanish.
    <article className="article" lang={article.lang}>
      <PageHeader title={article.title} intro={article.summary} />
      <div className="article__meta" lang={uiLang}>
        <ReadingTime minutes={article.readingMinutes} />
        {article.isFallback ? (
          <p className="article__notice">
            <Info className="article__notice-icon" aria-hidden="true" focusable="false" />
            {t('resources.englishOnly')}
          </p>
        ) : null}
        {hasChecklist ? <p className="article__hint">{t('resources.checklistHint')}</p> : null}
      </div>
      <div className="article__body">
        {article.sections.map((section, sectionIndex) => {
          const headingId = `${article.id}-section-${sectionIndex}`;
          return (
            // Plain sections, not named regions: six landmarks per article would crowd the landmark list; headings suffice.
            <section key={headingId} className="article__section">
              <h2 id={headingId} className="article__heading">
                {section.heading}
              </h2>
              {section.blocks.map((block, blockIndex) => (
                <ArticleBlockView key={blockIndex} block={block} checklistKey={`${article.id}:${sectionIndex}:${blockIndex}`} />
              ))}
            </section>
          );
        })}
      </div>
      <div lang={uiLang}>
        <BackLink />
      </div>
    </article>
  );
}

/** An unknown id (an old or mistyped link): say so, and offer every article instead of a dead end. */
function ArticleNotFound() {
  const { t } = useTranslation();
  const uiLang = useUiLanguage();
  return (
    <>
      <PageHeader title={t('resources.notFoundTitle')} intro={t('resources.notFoundBody')} />
      <ArticleList articles={listArticles(uiLang)} headingLevel={2} />
    </>
  );
}
