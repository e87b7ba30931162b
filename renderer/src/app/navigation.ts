import { BookOpen, FileUser, Files, Home, Mail, Settings as SettingsIcon, type LucideIcon } from 'lucide-react';
import type { ParseKeys } from 'i18next';
import { activityNav } from '../features/activity/routes';
import { contactsNav } from '../features/contacts/routes';
import { jobsNav } from '../features/jobs/routes';
import { lettersNav } from '../features/letters/routes';
import { messagesNav } from '../features/messages/routes';
import { savedSearchesNav } from '../features/saved-searches/routes';
import { scheduleNav } from '../features/schedule/routes';

export interface NavItem {
  to: string;
  labelKey: ParseKeys;
  icon: LucideIcon;
  /** Matches only the exact path (Home), not everything below it. */
  end?: boolean;
}

export interface NavGroup {
  id: string;
  labelKey: ParseKeys;
  items: NavItem[];
}

/**
 * The navigation, grouped as in PRODUCT.md. An area appears here only once it is
 * built: no dead links. Career tools join when their first area lands.
 */
export const NAV_GROUPS: NavGroup[] = [
  {
    id: 'organizer',
    labelKey: 'nav.groupOrganizer',
    items: [
      { to: '/', labelKey: 'nav.home', icon: Home, end: true },
      ...jobsNav,
      ...scheduleNav,
      ...savedSearchesNav,
      ...contactsNav,
      { to: '/documents/resumes', labelKey: 'documents.nav.resumes', icon: FileUser },
      { to: '/documents/cover-letters', labelKey: 'documents.nav.coverLetters', icon: Mail },
      { to: '/documents/other', labelKey: 'documents.nav.other', icon: Files },
      ...lettersNav,
      ...messagesNav,
      ...activityNav,
    ],
  },
  { id: 'resources', labelKey: 'nav.groupResources', items: [{ to: '/resources', labelKey: 'nav.resources', icon: BookOpen }] },
];

/** Settings sits apart, at the bottom of the rail. */
export const NAV_SETTINGS: NavItem = { to: '/settings', labelKey: 'nav.settings', icon: SettingsIcon };
