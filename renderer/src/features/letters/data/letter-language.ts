import type { LetterLanguage } from '../../../../../shared/domain/letters/types';
import { useLanguage } from '../../../i18n/use-language';

/** The letter text tables' language for a UI language ("es-MX" reads the Spanish tables). */
export function asLetterLanguage(language: string): LetterLanguage {
  return language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The UI language as a letter language: the wizard's advice follows it. */
export function useAdviceLanguage(): LetterLanguage {
  return asLetterLanguage(useLanguage());
}
