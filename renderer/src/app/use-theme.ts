import { useEffect } from 'react';
import type { Settings } from '../../../shared/contract';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Resolves "system" to light or dark from the OS preference. */
export function resolveTheme(theme: Settings['theme'], prefersDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (prefersDark ? 'dark' : 'light') : theme;
}

/** Puts the chosen theme on <html data-theme> and follows the OS while "system" is chosen. */
export function useApplyTheme(theme: Settings['theme']): void {
  useEffect(() => {
    const media = window.matchMedia(DARK_QUERY);
    const apply = () => {
      document.documentElement.dataset.theme = resolveTheme(theme, media.matches);
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
