import { useTranslation } from 'react-i18next';

/** The menu language, for Intl: dates, money, numbers, sizes and sorting follow it. */
export function useLanguage(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language ?? 'en';
}
