import type { RouteObject } from 'react-router';
import { FilePen } from 'lucide-react';
import type { NavItem } from '../../app/navigation';
import { LetterPage } from './compose/LetterPage';
import { LettersPage } from './list/LettersPage';
import { NewLetterPage } from './new/NewLetterPage';
// Sent letters count in the job-search log as soon as the app's pages load.
import './data/letter-activity-source';

/** The letters pages: the list, choosing a new letter, and one letter (its wizard and editor). */
export const lettersRoutes: RouteObject[] = [
  { path: 'letters', element: <LettersPage /> },
  // A static path ranks above the :letterId one, so "new" is never read as an id.
  { path: 'letters/new', element: <NewLetterPage /> },
  { path: 'letters/:letterId', element: <LetterPage /> },
];

/** Its entry in the navigation rail. */
export const lettersNav: NavItem[] = [{ to: '/letters', labelKey: 'letters.nav', icon: FilePen }];
