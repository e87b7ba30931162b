import type { RouteObject } from 'react-router';
import { HomePage } from '../features/home/HomePage';
import { ArticlePage, ResourcesPage } from '../features/resources';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ErrorPage, NotFoundPage } from './ErrorPage';
import { Layout } from './Layout';

/** Every page of the app. Hash-based URLs, so deep links and reloads work over app:// and http alike. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'resources', element: <ResourcesPage /> },
          { path: 'resources/:articleId', element: <ArticlePage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
