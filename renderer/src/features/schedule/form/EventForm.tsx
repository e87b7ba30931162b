import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, EVENT_OUTCOMES, type EventFields, type EventKind, type EventOutcome } from '../../../../../shared/domain/schedule';
import { today as todayDate } from '../../../db/clock';
import { TextField } from '../../../ui/Field';
import { ErrorSummary, useFocusFirstField } from '../../contacts/shared/ErrorSummary';
import { SelectField, TextAreaField } from '../../contacts/shared/fields';
import { changeDraft } from './draft-change';
import { startsByToday, type DraftField, type EventDraft } from './event-draft';
import { LinkFields } from './LinkFields';
import { RemindersField } from './RemindersField';
import { RepeatFields } from './RepeatFields';
import { validateEventDraft, type EventFieldError } from './validate-event';
import { WhenFields } from './WhenFields';
import './event-form.css';

export interface EventFormProps {
  id: string;
  initial: EventDraft;
  /** Hide the repetition (a deadline added from a job never repeats; nor does a single edited occurrence). */
  showRepeat: boolean;
  onValid(fields: EventFields): void;
}

/** The control an error's summary link moves to (a group's first box for the weekdays). */
function controlName(error: EventFieldError, draft: EventDraft): string {
  if (error.field === 'weekdays') return `weekdays-${draft.weekdays[0] ?? 1}`;
  return error.field;
}

/**
 * The event form: what, when (with time zone and repetition), where, links, reminders,
 * notes and, once it has started, how it went. Problems show beside each field and in a
 * summary at the top after Save.
 */
export function EventForm({ id, initial, showRepeat, onValid }: EventFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [bad, setBad] = useState<ReadonlySet<DraftField>>(new Set());
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstField(formRef);
  const errors = attempt > 0 ? validateEventDraft(draft, bad).errors : [];
  const message = (error: EventFieldError) => t(`schedule.form.errors.${error.code}`, { reason: error.reason ?? '' });
  const errorFor = (field: DraftField) => {
    const error = errors.find((e) => e.field === field);
    return error ? message(error) : undefined;
  };
  const set = <K extends DraftField>(field: K, value: EventDraft[K], badInput = false) => {
    setDraft((d) => changeDraft(d, field, value));
    setBad((was) => {
      if (was.has(field) === badInput) return was;
      const next = new Set(was);
      if (badInput) next.add(field);
      else next.delete(field);
      return next;
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const result = validateEventDraft(draft, bad);
    if (result.fields) onValid(result.fields);
  };
  const props = { draft, set, errorFor };
  return (
    <form ref={formRef} id={id} className="form-dialog event-form" onSubmit={submit} noValidate>
      <ErrorSummary title={t('schedule.form.problems')} attempt={attempt} problems={errors.map((e) => ({ field: controlName(e, draft), message: message(e) }))} />
      <SelectField name="kind" label={t('schedule.form.kind')} value={draft.kind} onChange={(e) => set('kind', e.target.value as EventKind)}>
        {EVENT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`schedule.kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextField name="title" label={t('schedule.form.title')} hint={t('schedule.form.titleHint')} error={errorFor('title')} value={draft.title} onChange={(e) => set('title', e.target.value)} autoComplete="off" />
      <WhenFields {...props} />
      {showRepeat ? <RepeatFields {...props} /> : null}
      <TextField name="location" label={t('schedule.form.location')} hint={t('schedule.form.locationHint')} error={errorFor('location')} value={draft.location} onChange={(e) => set('location', e.target.value)} />
      <TextField name="url" type="url" inputMode="url" spellCheck={false} label={t('schedule.form.url')} hint={t('schedule.form.urlHint')} error={errorFor('url')} value={draft.url} onChange={(e) => set('url', e.target.value)} />
      <LinkFields {...props} />
      <RemindersField value={draft.reminders} onChange={(next) => set('reminders', next)} />
      <TextAreaField name="notes" label={t('schedule.form.notes')} hint={t('schedule.form.notesHint')} error={errorFor('notes')} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
      {startsByToday(draft, todayDate()) ? (
        <SelectField name="outcome" label={t('schedule.form.outcome')} hint={t('schedule.form.outcomeHint')} value={draft.outcome} onChange={(e) => set('outcome', e.target.value as EventOutcome | '')}>
          <option value="">{t('schedule.outcomes.none')}</option>
          {EVENT_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t(`schedule.outcomes.${outcome}`)}
            </option>
          ))}
        </SelectField>
      ) : null}
    </form>
  );
}
