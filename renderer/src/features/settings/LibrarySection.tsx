import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FolderOpen } from 'lucide-react';
import { useClient } from '../../api/context';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Section } from '../../ui/PageHeader';
import { useAppInfo, useSettings, useSettingsStore } from '../../stores/settings';
import { useToasts } from '../../stores/toasts';

/**
 * Where documents are kept. The desktop app asks with the system folder picker;
 * browser mode, which has none, takes a typed path that the backend checks.
 */
export function LibrarySection() {
  const { t } = useTranslation();
  const client = useClient();
  const settings = useSettings();
  const info = useAppInfo();
  const [draft, setDraft] = useState(settings.libraryDir);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(settings.libraryDir), [settings.libraryDir]);

  const apply = async (run: () => Promise<unknown>) => {
    try {
      await run();
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const choose = () =>
    apply(async () => {
      const next = await client.send('settings-choose-library-dir', {});
      if (next) useSettingsStore.getState().replace(next);
    });
  const save = (event: FormEvent) => {
    event.preventDefault();
    void apply(async () => {
      useSettingsStore.getState().replace(await client.send('settings-set-library-dir', { path: draft }));
      useToasts.getState().show({ tone: 'success', message: t('settings.saved') });
    });
  };

  return (
    <Section id="library" title={t('settings.library')}>
      <p>{t('settings.libraryHint')}</p>
      {info.capabilities.pickFolder ? (
        <>
          <p className="path">{settings.libraryDir}</p>
          {error ? <p className="field__error" role="alert">{error}</p> : null}
          <Button icon={<FolderOpen />} onClick={() => void choose()}>
            {t('settings.libraryChange')}
          </Button>
        </>
      ) : (
        <form onSubmit={save}>
          <TextField
            label={t('settings.libraryPathLabel')}
            value={draft}
            error={error ?? undefined}
            onChange={(event) => setDraft(event.target.value)}
            spellCheck={false}
            autoComplete="off"
          />
          <Button type="submit" disabled={draft.trim() === settings.libraryDir}>
            {t('settings.librarySave')}
          </Button>
        </form>
      )}
    </Section>
  );
}
