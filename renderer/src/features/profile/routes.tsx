import type { RouteObject } from 'react-router';
import { MyDetailsPage } from './MyDetailsPage';

/** My details: one page, reached from Letters and Settings (not from the navigation rail). */
export const profileRoutes: RouteObject[] = [{ path: 'profile', element: <MyDetailsPage /> }];
