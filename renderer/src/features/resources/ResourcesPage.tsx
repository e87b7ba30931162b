import { useTranslation } from 'react-i18next';
import { PageHeader, Section } from '../../ui/PageHeader';
import { listArticles } from './articles';
import { ArticleList } from './ArticleList';
import { HelpfulWebsites } from './HelpfulWebsites';
import { useUiLanguage } from './use-ui-language';
import './resources.css';

/** The Resources area: advice articles to read offline, then links to public job websites. */
export function ResourcesPage() {
  const { t } = useTranslation();
  const uiLang = useUiLanguage();
  return (
    <div className="page resources-page">
      <PageHeader title={t('resources.title')} intro={t('resources.intro')} />
      <Section id="articles" title={t('resources.articlesTitle')}>
        <ArticleList articles={listArticles(uiLang)} />
      </Section>
      <HelpfulWebsites />
    </div>
  );
}
