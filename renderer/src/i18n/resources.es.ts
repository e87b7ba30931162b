import type { resourcesEn } from './resources.en';

/** Spanish strings for the Resources area. */
export const resourcesEs: typeof resourcesEn = {
  title: 'Recursos',
};
