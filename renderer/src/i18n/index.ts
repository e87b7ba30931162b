import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Settings } from '../../../shared/contract';
import { en } from './en';
import { es } from './es';

export const resources = { en: { translation: en }, es: { translation: es } } as const;

/** Starts the translation layer in the user's language; English fills any gap. */
export function createI18n(language: Settings['language']): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes already.
    initAsync: false,
    returnNull: false,
    showSupportNotice: false, // no advertising in the console of an offline app
  });
  return instance;
}
