import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BellPlus, X } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { formatLead } from '../dates/format';

/** The choices offered, in minutes before the start: at the start, 5, 10, 15, 30 minutes, 1 and 2 hours, 1 and 2 days, 1 week. */
export const REMINDER_CHOICES = [0, 5, 10, 15, 30, 60, 120, 1440, 2880, 10080];
/** More than this many reminders for one event would be noise. */
export const MAX_REMINDERS = 5;

/** The reminders of an event: one line each with how long before, removable; "Add a reminder" adds one more. */
export function RemindersField({ value, onChange }: { value: number[]; onChange(next: number[]): void }) {
  const { t } = useTranslation();
  const legendId = useId();
  const unused = REMINDER_CHOICES.find((m) => !value.includes(m)) ?? 15;
  return (
    <fieldset className="field field--group event-form__reminders" aria-labelledby={legendId}>
      <legend id={legendId} className="field__label">
        {t('schedule.form.reminders')}
      </legend>
      <p className="field__hint">{value.length === 0 ? t('schedule.form.noReminders') : t('schedule.form.remindersHint')}</p>
      <ul className="event-form__reminder-list">
        {value.map((minutes, index) => {
          // A reminder from another calendar ("14 minutes before") stays choosable as it is.
          const choices = REMINDER_CHOICES.includes(minutes) ? REMINDER_CHOICES : [...REMINDER_CHOICES, minutes].sort((a, b) => a - b);
          const name = t('schedule.form.reminderN', { n: index + 1 });
          return (
            <li key={index} className="event-form__reminder">
              <select
                name={`reminder-${index}`}
                className="field__input"
                aria-label={name}
                value={minutes}
                onChange={(e) => onChange(value.map((m, i) => (i === index ? Number(e.target.value) : m)))}
              >
                {choices.map((choice) => (
                  <option key={choice} value={choice}>
                    {choice === 0 ? formatLead(t, 0) : t('schedule.form.before', { lead: formatLead(t, choice) })}
                  </option>
                ))}
              </select>
              <Button variant="quiet" icon={<X />} onClick={() => onChange(value.filter((_, i) => i !== index))} aria-label={t('schedule.form.removeReminder', { name })}>
                {t('schedule.form.remove')}
              </Button>
            </li>
          );
        })}
      </ul>
      {value.length < MAX_REMINDERS ? (
        <Button icon={<BellPlus />} onClick={() => onChange([...value, unused])}>
          {t('schedule.form.addReminder')}
        </Button>
      ) : null}
    </fieldset>
  );
}
