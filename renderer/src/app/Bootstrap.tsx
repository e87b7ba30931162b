import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { useClient } from '../api/context';
import { createI18n } from '../i18n';
import { useSettingsStore } from '../stores/settings';
import { useToasts } from '../stores/toasts';
import { useApplyTheme } from './use-theme';
import type { Notice } from '../../../shared/contract';

/** What each kind of notice says (a translation key; `path` is filled in). */
const NOTICE_MESSAGES = {
  'settings-reset': 'settings.resetNotice',
  'library-index-rebuilt': 'settings.indexRebuiltNotice',
} as const satisfies Record<Notice['kind'], string>;

/**
 * Loads what every page needs (settings, app facts, notices), then keeps it current:
 * settings pushed from the backend, the theme, and the language.
 */
export function Bootstrap({ children }: { children: ReactNode }) {
  const client = useClient();
  const settings = useSettingsStore((s) => s.settings);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const { replace, setInfo } = useSettingsStore.getState();
    const stop = client.listen('settings-changed', replace);
    Promise.all([client.send('settings-get', {}), client.send('app-info', {})])
      .then(([loaded, info]) => {
        setInfo(info);
        replace(loaded);
      })
      .catch((err: Error) => setFailure(err.message));
    return stop;
  }, [client]);

  if (failure) return <StartFailure message={failure} />;
  if (!settings) return null;
  return <Ready language={settings.language} theme={settings.theme}>{children}</Ready>;
}

function Ready({ language, theme, children }: { language: 'en' | 'es'; theme: 'system' | 'light' | 'dark'; children: ReactNode }) {
  const i18n = useMemo<I18n>(() => createI18n(language), []); // eslint-disable-line react-hooks/exhaustive-deps -- language changes below
  const client = useClient();
  useApplyTheme(theme);
  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  useEffect(() => {
    const show = useToasts.getState().show;
    const tell = (notice: Notice) =>
      show({ tone: 'info', message: i18n.t(NOTICE_MESSAGES[notice.kind], { path: notice.detail ?? '' }), timeoutMs: 0 });
    const stop = client.listen('app-notice', tell);
    client
      .send('app-notices-take', {})
      .then((notices) => notices.forEach(tell))
      .catch(() => undefined);
    return stop;
  }, [client, i18n]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/** Shown when the backend can't be reached at all; no translation layer yet, so plain English. */
function StartFailure({ message }: { message: string }) {
  return (
    <main className="page">
      <h1>Career Organizer could not start</h1>
      <p>{message}</p>
      <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
        Try again
      </button>
    </main>
  );
}
