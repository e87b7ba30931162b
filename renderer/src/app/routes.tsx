import { Navigate, type RouteObject } from 'react-router';
import { activityRoutes } from '../features/activity/routes';
import { contactsRoutes } from '../features/contacts/routes';
import { AREAS, DocumentsPage } from '../features/documents';
import { jobsRoutes } from '../features/jobs/routes';
import { lettersRoutes } from '../features/letters/routes';
import { messagesRoutes } from '../features/messages/routes';
import { profileRoutes } from '../features/profile/routes';
import { HomePage } from '../features/home/HomePage';
import { ArticlePage, ResourcesPage } from '../features/resources';
import { savedSearchesRoutes } from '../features/saved-searches/routes';
import { scheduleRoutes } from '../features/schedule/routes';
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
          // One route per library area; the document id below it keeps the same page (and its list) mounted.
          ...AREAS.map((area) => ({
            path: `documents/${area}`,
            element: <DocumentsPage key={area} area={area} />,
            // The children draw nothing: the page reads the id and shows the document in its own pane.
            children: [{ index: true, element: null }, { path: ':documentId', element: null }],
          })),
          { path: 'documents', element: <Navigate to="/documents/resumes" replace /> },
          ...jobsRoutes,
          ...scheduleRoutes,
          ...savedSearchesRoutes,
          ...contactsRoutes,
          ...activityRoutes,
          ...lettersRoutes,
          ...messagesRoutes,
          ...profileRoutes,
          { path: 'resources', element: <ResourcesPage /> },
          { path: 'resources/:articleId', element: <ArticlePage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
