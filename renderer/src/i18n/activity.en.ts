/** English strings for the activity area. */
export const activityEn = {};
