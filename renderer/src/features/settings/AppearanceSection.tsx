import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract';
import { RadioGroup } from '../../ui/Field';
import { Section } from '../../ui/PageHeader';
import { useSettings } from '../../stores/settings';
import { useUpdateSettings } from './use-update-settings';

/** Theme and language. */
export function AppearanceSection() {
  const { t } = useTranslation();
  const settings = useSettings();
  const update = useUpdateSettings();
  return (
    <Section id="appearance" title={t('settings.appearance')}>
      <RadioGroup<Settings['theme']>
        legend={t('settings.theme')}
        hint={t('settings.themeHint')}
        name="theme"
        value={settings.theme}
        onChange={(theme) => void update({ theme })}
        choices={[
          { value: 'system', label: t('settings.themeSystem') },
          { value: 'light', label: t('settings.themeLight') },
          { value: 'dark', label: t('settings.themeDark') },
        ]}
      />
      <RadioGroup<Settings['language']>
        legend={t('settings.language')}
        hint={t('settings.languageHint')}
        name="language"
        value={settings.language}
        onChange={(language) => void update({ language })}
        choices={[
          { value: 'en', label: <span lang="en">{t('settings.languageEn')}</span> },
          { value: 'es', label: <span lang="es">{t('settings.languageEs')}</span> },
        ]}
      />
    </Section>
  );
}
