import type { activityEn } from './activity.en';

/** Spanish strings for the activity area; same keys as English. */
export const activityEs: typeof activityEn = {};
