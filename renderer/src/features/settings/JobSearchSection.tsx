import { useState } from 'react';
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
  return (
    <Section id="job-search" title={t('settings.jobSearch')}>
      <WeeklyTargetField saved={settings.weeklyActivityTarget} onSave={(value) => void update({ weeklyActivityTarget: value })} />
      <Checkbox
        label={t('settings.notifications')}
        hint={t('settings.notificationsHint')}
        checked={settings.notifications}
        onChange={(event) => void update({ notifications: event.target.checked })}
      />
    </Section>
  );
}

/** Saves when the user leaves the field or presses Enter; says how to fix a wrong value. */
function WeeklyTargetField({ saved, onSave }: { saved: number; onSave(value: number): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(String(saved));
  const [invalid, setInvalid] = useState(false);
  // When the saved value changes (here or in another window), show it: adjusted during render, as React advises.
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    setShown(saved);
    setDraft(String(saved));
    setInvalid(false);
  }
  const commit = () => {
    const value = parseWeeklyTarget(draft);
    setInvalid(value === null);
    if (value !== null && value !== saved) onSave(value);
  };
  return (
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
  );
}
