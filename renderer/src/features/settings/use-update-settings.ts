import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsPatch } from '../../../../shared/contract';
import { useClient } from '../../api/context';
import { useSettingsStore } from '../../stores/settings';
import { useToasts } from '../../stores/toasts';

/**
 * Changes settings optimistically: the screen updates at once, the backend saves,
 * and a failure puts the old value back and says why.
 */
export function useUpdateSettings(): (patch: SettingsPatch) => Promise<boolean> {
  const client = useClient();
  const { t } = useTranslation();
  const showToast = useToasts((s) => s.show);
  return useCallback(
    async (patch) => {
      const store = useSettingsStore.getState();
      const before = store.settings;
      if (before) store.replace({ ...before, ...patch });
      try {
        useSettingsStore.getState().replace(await client.send('settings-set', patch));
        return true;
      } catch (err) {
        if (before) useSettingsStore.getState().replace(before);
        showToast({ tone: 'error', message: t('settings.saveFailed', { reason: (err as Error).message }) });
        return false;
      }
    },
    [client, showToast, t],
  );
}
