import { useTranslation } from 'react-i18next';
import { FolderOpen } from 'lucide-react';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/PageHeader';
import { useAppInfo } from '../../stores/settings';
import { useOpenDataDir } from './use-open-data-dir';
import './settings.css';

/** Where the app keeps its data, and the version for anyone helping the user. */
export function DataSection() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const openDataDir = useOpenDataDir();
  return (
    <Section id="data" title={t('settings.dataTitle')}>
      <p>{t('settings.dataBody')}</p>
      <p className="path">{info.dataDir}</p>
      {info.capabilities.openPath ? (
        <Button icon={<FolderOpen />} onClick={openDataDir}>
          {t('settings.openDataFolder')}
        </Button>
      ) : null}
      <h3 className="settings__about">{t('settings.about')}</h3>
      <p>
        {info.name} — {t('settings.version', { version: info.version })}
      </p>
    </Section>
  );
}
