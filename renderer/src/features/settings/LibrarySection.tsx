import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FolderOpen } from 'lucide-react';
import { useClient } from '../../api/context';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Section } from '../../ui/PageHeader';
import { useAppInfo, useSettings, useSettingsStore } from '../../stores/settings';
import { useToasts } from '../../stores/toasts';
import { NumberSetting } from './NumberSetting';
import { useUpdateSettings } from './use-update-settings';

/**
 * Where documents are kept. The desktop app asks with the system folder picker;
 * browser mode, which has none, takes a typed path that the backend checks.
 */
export function LibrarySection() {
  const { t } = useTranslation();
  const settings = useSettings();
  const info = useAppInfo();
  const update = useUpdateSettings();
  return (
    <Section id="library" title={t('settings.library')}>
      <p>{t('settings.libraryHint')}</p>
      {info.capabilities.pickFolder ? (
        <FolderPicker current={settings.libraryDir} />
      ) : (
        <FolderPathForm current={settings.libraryDir} />
      )}
      <div className="settings__spaced">
        <NumberSetting
          label={t('settings.importLimit')}
          hint={t('settings.importLimitHint')}
          error={t('settings.importLimitError')}
          saved={settings.importLimitMb}
          min={1}
          max={4096}
          onSave={(value) => void update({ importLimitMb: value })}
        />
      </div>
    </Section>
  );
}

function FolderPicker({ current }: { current: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const [error, setError] = useState<string | null>(null);
  const choose = async () => {
    try {
      const next = await client.send('settings-choose-library-dir', {});
      if (next) useSettingsStore.getState().replace(next);
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <>
      <p className="path">{current}</p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <Button icon={<FolderOpen />} onClick={() => void choose()}>
        {t('settings.libraryChange')}
      </Button>
    </>
  );
}

function FolderPathForm({ current }: { current: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const [draft, setDraft] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    setDraft(current);
  }
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      useSettingsStore.getState().replace(await client.send('settings-set-library-dir', { path: draft }));
      setError(null);
      useToasts.getState().show({ tone: 'success', message: t('settings.saved') });
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <TextField
        label={t('settings.libraryPathLabel')}
        value={draft}
        error={error ?? undefined}
        onChange={(event) => setDraft(event.target.value)}
        spellCheck={false}
        autoComplete="off"
      />
      <Button type="submit">{t('settings.librarySave')}</Button>
    </form>
  );
}
