import type { RouteObject } from 'react-router';
import { BookmarkCheck } from 'lucide-react';
import type { NavItem } from '../../app/navigation';
import { SavedSearchesPage } from './SavedSearchesPage';

/** The saved searches page; the opened search's id keeps the same page (and its list) mounted. */
export const savedSearchesRoutes: RouteObject[] = [
  {
    path: 'saved-searches',
    element: <SavedSearchesPage />,
    children: [{ index: true, element: null }, { path: ':searchId', element: null }],
  },
];

/** Its entry in the navigation rail, right after Jobs. */
export const savedSearchesNav: NavItem[] = [{ to: '/saved-searches', labelKey: 'savedSearches.nav', icon: BookmarkCheck }];
