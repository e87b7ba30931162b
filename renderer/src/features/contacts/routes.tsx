import type { RouteObject } from 'react-router';
import type { NavItem } from '../../app/navigation';

/** The contacts pages, mounted under the app frame. */
export const contactsRoutes: RouteObject[] = [];

/** Its entries in the navigation rail; empty until the pages exist (no dead links). */
export const contactsNav: NavItem[] = [];
