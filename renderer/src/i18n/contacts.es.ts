import type { contactsEn } from './contacts.en';

/** Spanish strings for the contacts area; same keys as English. */
export const contactsEs: typeof contactsEn = {};
