/** English strings for the contacts area. */
export const contactsEn = {};
