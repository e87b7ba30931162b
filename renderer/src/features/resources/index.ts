export { ResourcesPage } from './ResourcesPage';
export { ArticlePage } from './ArticlePage';
