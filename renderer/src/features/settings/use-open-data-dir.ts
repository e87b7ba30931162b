import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../api/context';
import { useAppInfo } from '../../stores/settings';
import { useToasts } from '../../stores/toasts';

/** Opens the data folder in the file manager, or says where it is when that fails. */
export function useOpenDataDir(): () => void {
  const client = useClient();
  const { t } = useTranslation();
  const info = useAppInfo();
  return useCallback(() => {
    const tellWhere = () =>
      useToasts.getState().show({ tone: 'error', message: t('settings.folderNotOpened', { path: info.dataDir }) });
    client
      .send('app-open-data-dir', {})
      .then(({ opened }) => (opened ? undefined : tellWhere()))
      .catch(tellWhere);
  }, [client, info.dataDir, t]);
}
