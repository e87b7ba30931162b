import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, TextField } from '../../../ui/Field';
import { SelectField } from '../../contacts/shared/fields';
import type { DraftField, EventDraft } from './event-draft';

export interface DraftFieldsProps {
  draft: EventDraft;
  set<K extends DraftField>(field: K, value: EventDraft[K], badInput?: boolean): void;
  errorFor(field: DraftField): string | undefined;
}

let zoneList: string[] | null = null;
/** Every IANA zone this computer knows, read once. */
function allZones(current: string): string[] {
  zoneList ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zoneList.includes(current) ? zoneList : [current, ...zoneList];
}

/** "America/Los_Angeles" as people read it: "America / Los Angeles". */
export const zoneName = (zone: string) => zone.replace(/_/g, ' ').replace(/\//g, ' / ');

/** All day, start, end and the time zone. Dates and times are typed or picked; the browser shows them in the user's format. */
export function WhenFields({ draft, set, errorFor }: DraftFieldsProps) {
  const { t } = useTranslation();
  const zones = useMemo(() => allZones(draft.timeZone), [draft.timeZone]);
  const dateInput = (field: 'startDate' | 'endDate') => ({
    name: field,
    type: 'date',
    min: '1900-01-01',
    max: '2100-12-31',
    value: draft[field],
    className: 'field__input--date',
    error: errorFor(field),
    onChange: (e: { target: HTMLInputElement }) => set(field, e.target.value, e.target.validity?.badInput === true),
  });
  const timeInput = (field: 'startTime' | 'endTime') => ({
    name: field,
    type: 'time',
    step: 300,
    value: draft[field],
    className: 'field__input--time',
    error: errorFor(field),
    onChange: (e: { target: HTMLInputElement }) => set(field, e.target.value, e.target.validity?.badInput === true),
  });
  return (
    <>
      <Checkbox name="allDay" label={t('schedule.form.allDay')} hint={t('schedule.form.allDayHint')} checked={draft.allDay} onChange={(e) => set('allDay', e.target.checked)} />
      <div className="form-dialog__row">
        <TextField label={draft.allDay ? t('schedule.form.startDay') : t('schedule.form.startDate')} {...dateInput('startDate')} />
        {draft.allDay ? null : <TextField label={t('schedule.form.startTime')} {...timeInput('startTime')} />}
      </div>
      <div className="form-dialog__row">
        <TextField label={draft.allDay ? t('schedule.form.endDay') : t('schedule.form.endDate')} {...dateInput('endDate')} />
        {draft.allDay ? null : <TextField label={t('schedule.form.endTime')} {...timeInput('endTime')} />}
      </div>
      {draft.allDay ? null : (
        <SelectField name="timeZone" label={t('schedule.form.timeZone')} hint={t('schedule.form.timeZoneHint')} error={errorFor('timeZone')} value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zoneName(zone)}
            </option>
          ))}
        </SelectField>
      )}
    </>
  );
}
