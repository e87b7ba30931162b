import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FolderOpen } from 'lucide-react';
import { useClient } from '../../api/context';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Section } from '../../ui/PageHeader';
import { useAppInfo, useSettings } from '../../stores/settings';
import { NumberSetting } from './NumberSetting';
import { useMoveLibrary, type LibraryMoveState } from './use-move-library';
import { useUpdateSettings } from './use-update-settings';

/**
 * Where documents are kept. The desktop app asks with the system folder picker; browser
 * mode, which has none, takes a typed path that the backend checks. Either way the
 * backend moves the files there.
 */
export function LibrarySection() {
  const { t } = useTranslation();
  const client = useClient();
  const settings = useSettings();
  const info = useAppInfo();
  const update = useUpdateSettings();
  const [moveState, move] = useMoveLibrary();
  return (
    <Section id="library" title={t('settings.library')}>
      <p>{t('settings.libraryHint')}</p>
      {info.capabilities.pickFolder ? (
        <>
          <p className="path">{settings.libraryDir}</p>
          <MoveStatus state={moveState} />
          <Button icon={<FolderOpen />} disabled={moveState.moving} onClick={() => void move(() => client.send('settings-choose-library-dir', {}))}>
            {t('settings.libraryChange')}
          </Button>
        </>
      ) : (
        <FolderPathForm current={settings.libraryDir} state={moveState} onMove={(path) => move(() => client.send('settings-set-library-dir', { path }))} />
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

/** "Moving your documents… 12 of 240 files", or why the move did not happen. */
function MoveStatus({ state }: { state: LibraryMoveState }) {
  const { t } = useTranslation();
  if (state.error) {
    return (
      <p className="field__error" role="alert">
        {state.error}
      </p>
    );
  }
  if (!state.moving) return null;
  return (
    <p role="status">
      {state.progress ? t('settings.libraryMovingCount', { done: state.progress.done, total: state.progress.total }) : t('settings.libraryMoving')}
    </p>
  );
}

function FolderPathForm({ current, state, onMove }: { current: string; state: LibraryMoveState; onMove(path: string): Promise<void> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(current);
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    setDraft(current);
  }
  const save = (event: FormEvent) => {
    event.preventDefault();
    void onMove(draft);
  };
  return (
    <form onSubmit={save} noValidate>
      <TextField
        label={t('settings.libraryPathLabel')}
        value={draft}
        error={state.error ?? undefined}
        onChange={(event) => setDraft(event.target.value)}
        spellCheck={false}
        autoComplete="off"
      />
      {state.moving ? <MoveStatus state={state} /> : null}
      <Button type="submit" disabled={state.moving}>
        {t('settings.librarySave')}
      </Button>
    </form>
  );
}
