import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRole } from '../../../../../shared/domain/jobs';
import type { LetterLanguage } from '../../../../../shared/domain/letters/types';

/** Words a contact's role in the letter's language (not the app's), as it is printed under their name. */
export function useRoleTitle(): (role: ContactRole, language: LetterLanguage) => string {
  const { i18n } = useTranslation();
  return useCallback((role, language) => i18n.getFixedT(language)(`contacts.roles.${role}`), [i18n]);
}
