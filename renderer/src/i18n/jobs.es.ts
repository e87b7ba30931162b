import type { jobsEn } from './jobs.en';

/** Spanish strings for the jobs area; same keys as English. */
export const jobsEs: typeof jobsEn = {};
