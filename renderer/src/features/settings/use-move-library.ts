import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract';
import { useClient } from '../../api/context';
import { useSettingsStore } from '../../stores/settings';
import { useToasts } from '../../stores/toasts';

export interface LibraryMoveState {
  moving: boolean;
  /** "12 of 240 files" while files are copied to another disk. */
  progress: { done: number; total: number } | null;
  error: string | null;
}

/** Moves the library (the backend moves the files), following its progress and telling the user where it went. */
export function useMoveLibrary(): [LibraryMoveState, (run: () => Promise<Settings | null>) => Promise<void>] {
  const client = useClient();
  const { t } = useTranslation();
  const [state, setState] = useState<LibraryMoveState>({ moving: false, progress: null, error: null });
  useEffect(() => client.listen('library-move-progress', (progress) => setState((s) => ({ ...s, progress }))), [client]);
  const move = useCallback(
    async (run: () => Promise<Settings | null>) => {
      setState({ moving: true, progress: null, error: null });
      try {
        const next = await run();
        if (next) {
          useSettingsStore.getState().replace(next);
          useToasts.getState().show({ tone: 'success', message: t('settings.libraryMoved', { path: next.libraryDir }) });
        }
        setState({ moving: false, progress: null, error: null });
      } catch (err) {
        setState({ moving: false, progress: null, error: (err as Error).message });
      }
    },
    [t],
  );
  return [state, move];
}
