/** English strings for the jobs area. */
export const jobsEn = {};
