import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../ui/Field';
import { Section } from '../../ui/PageHeader';
import { useSettings } from '../../stores/settings';
import { NumberSetting, parseWholeNumber } from './NumberSetting';
import { useUpdateSettings } from './use-update-settings';

/** A weekly target: a whole number from 0 to 50, or null. */
export const parseWeeklyTarget = (text: string) => parseWholeNumber(text, 0, 50);

/** The weekly activity requirement and reminders. */
export function JobSearchSection() {
  const { t } = useTranslation();
  const settings = useSettings();
  const update = useUpdateSettings();
  return (
    <Section id="job-search" title={t('settings.jobSearch')}>
      <NumberSetting
        label={t('settings.weeklyTarget')}
        hint={t('settings.weeklyTargetHint')}
        error={t('settings.weeklyTargetError')}
        saved={settings.weeklyActivityTarget}
        min={0}
        max={50}
        onSave={(value) => void update({ weeklyActivityTarget: value })}
      />
      <Checkbox
        label={t('settings.notifications')}
        hint={t('settings.notificationsHint')}
        checked={settings.notifications}
        onChange={(event) => void update({ notifications: event.target.checked })}
      />
    </Section>
  );
}
