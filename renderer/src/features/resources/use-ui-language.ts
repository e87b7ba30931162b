import { useTranslation } from 'react-i18next';
import type { ArticleLang } from './articles';

/** The language the menus are in, as an article language ('en' or 'es'). */
export function useUiLanguage(): ArticleLang {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language ?? 'en';
  return current.startsWith('es') ? 'es' : 'en';
}
