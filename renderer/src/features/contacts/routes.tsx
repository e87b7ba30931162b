import type { RouteObject } from 'react-router';
import { Contact } from 'lucide-react';
import type { NavItem } from '../../app/navigation';
import { ContactsPage } from './ContactsPage';

/** The contacts pages, mounted under the app frame. The contact's id keeps the same page (and its list) mounted. */
export const contactsRoutes: RouteObject[] = [
  {
    path: 'contacts',
    element: <ContactsPage />,
    children: [{ index: true, element: null }, { path: ':contactId', element: null }],
  },
];

/** Its entry in the navigation rail. */
export const contactsNav: NavItem[] = [{ to: '/contacts', labelKey: 'contacts.nav', icon: Contact }];
