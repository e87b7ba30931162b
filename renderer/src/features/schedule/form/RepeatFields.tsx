import { useTranslation } from 'react-i18next';
import { RadioGroup, TextField } from '../../../ui/Field';
import { useLanguage } from '../../../i18n/use-language';
import { SelectField } from '../../contacts/shared/fields';
import { weekStartFor } from '../dates/calendar-math';
import { formatWeekday } from '../dates/format';
import type { RepeatEnd, RepeatFrequency } from './repeat-rule';
import type { DraftFieldsProps } from './WhenFields';

// 2023-01-01 was a Sunday: day n of that week names weekday n.
const weekdayDate = (day: number) => `2023-01-0${day + 1}`;

/** How an event repeats: every day, every few weeks on chosen days, every month; and until when. */
export function RepeatFields({ draft, set, errorFor }: DraftFieldsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const start = weekStartFor(language);
  const frequencies: RepeatFrequency[] = draft.original && draft.frequency === 'custom' ? ['none', 'daily', 'weekly', 'monthly', 'custom'] : ['none', 'daily', 'weekly', 'monthly'];
  const repeats = draft.frequency !== 'none' && draft.frequency !== 'custom';
  const order = Array.from({ length: 7 }, (_, i) => (start + i) % 7);
  const toggleDay = (day: number, on: boolean) => set('weekdays', on ? [...draft.weekdays, day] : draft.weekdays.filter((d) => d !== day));
  return (
    <>
      <SelectField name="frequency" label={t('schedule.form.repeat')} error={errorFor('frequency')} value={draft.frequency} onChange={(e) => set('frequency', e.target.value as RepeatFrequency)}>
        {frequencies.map((frequency) => (
          <option key={frequency} value={frequency}>
            {t(`schedule.form.repeats.${frequency}`)}
          </option>
        ))}
      </SelectField>
      {draft.frequency === 'custom' ? <p className="field__hint event-form__note">{t('schedule.form.customRule')}</p> : null}
      {repeats ? (
        <div className="event-form__repeat">
          <TextField
            name="interval"
            label={t(`schedule.form.every.${draft.frequency as 'daily' | 'weekly' | 'monthly'}`)}
            inputMode="numeric"
            className="field__input--short"
            value={draft.interval}
            error={errorFor('interval')}
            onChange={(e) => set('interval', e.target.value)}
          />
          {draft.frequency === 'weekly' ? (
            <fieldset className={`field field--group${errorFor('weekdays') ? ' field--error' : ''}`}>
              <legend className="field__label">{t('schedule.form.onDays')}</legend>
              {errorFor('weekdays') ? <p className="field__error">{errorFor('weekdays')}</p> : null}
              <div className="event-form__weekdays">
                {order.map((day) => {
                  const names = formatWeekday(weekdayDate(day), language);
                  return (
                    <label key={day} className="event-form__weekday">
                      <input type="checkbox" name={`weekdays-${day}`} checked={draft.weekdays.includes(day)} onChange={(e) => toggleDay(day, e.target.checked)} aria-label={names.long} />
                      <span aria-hidden="true">{names.short}</span>
                    </label>
                  );
                })}
              </div>
            </fieldset>
          ) : null}
          <RadioGroup<RepeatEnd>
            legend={t('schedule.form.ends')}
            name="ends"
            value={draft.ends}
            onChange={(value) => set('ends', value)}
            choices={[
              { value: 'never', label: t('schedule.form.endsNever') },
              { value: 'until', label: t('schedule.form.endsOn') },
              { value: 'count', label: t('schedule.form.endsAfter') },
            ]}
          />
          {draft.ends === 'until' ? (
            <TextField
              name="until"
              type="date"
              label={t('schedule.form.until')}
              className="field__input--date"
              min="1900-01-01"
              max="2100-12-31"
              value={draft.until}
              error={errorFor('until')}
              onChange={(e) => set('until', e.target.value, e.target.validity?.badInput === true)}
            />
          ) : null}
          {draft.ends === 'count' ? (
            <TextField name="count" label={t('schedule.form.count')} inputMode="numeric" className="field__input--short" value={draft.count} error={errorFor('count')} onChange={(e) => set('count', e.target.value)} />
          ) : null}
        </div>
      ) : null}
    </>
  );
}
