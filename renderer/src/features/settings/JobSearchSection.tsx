import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, TextField } from '../../ui/Field';
import { Section } from '../../ui/PageHeader';
import { useSettings } from '../../stores/settings';
import { useUpdateSettings } from './use-update-settings';

/** A whole number from 0 to 50, or null when the text isn't one. */
export function parseWeeklyTarget(text: string): number | null {
  if (!/^\s*\d{1,2}\s*$/.test(text)) return null;
  const value = Number(text);
  return value <= 50 ? value : null;
}

/** The weekly activity requirement and reminders. */
export function JobSearchSection() {
  const { t } = useTranslation();
  const settings = useSettings();
  const update = useUpdateSettings();
  const [draft, setDraft] = useState(String(settings.weeklyActivityTarget));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setDraft(String(settings.weeklyActivityTarget)), [settings.weeklyActivityTarget]);

  const commit = () => {
    const value = parseWeeklyTarget(draft);
    setInvalid(value === null);
    if (value !== null && value !== settings.weeklyActivityTarget) void update({ weeklyActivityTarget: value });
  };

  return (
    <Section id="job-search" title={t('settings.jobSearch')}>
      <TextField
        label={t('settings.weeklyTarget')}
        hint={t('settings.weeklyTargetHint')}
        error={invalid ? t('settings.weeklyTargetError') : undefined}
        className="field__input--short"
        inputMode="numeric"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          if (invalid) setInvalid(parseWeeklyTarget(event.target.value) === null);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
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
