import type { RouteObject } from 'react-router';
import { MessagesSquare } from 'lucide-react';
import type { NavItem } from '../../app/navigation';
import { MessagesPage } from './MessagesPage';

/** The message center, mounted under the app frame. */
export const messagesRoutes: RouteObject[] = [{ path: 'messages', element: <MessagesPage /> }];

/** Its entry in the navigation rail. */
export const messagesNav: NavItem[] = [{ to: '/messages', labelKey: 'messages.nav', icon: MessagesSquare }];
