import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPES, type Activity } from '../../../../shared/domain/activity';
import type { CalendarDate } from '../../../../shared/domain/jobs';
import { addManualActivity, getDb, listContacts, saveActivity, today } from '../../db';
import { useToasts } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { formatDay } from '../contacts/shared/calendar';
import { ErrorSummary, useFocusFirstField } from '../contacts/shared/ErrorSummary';
import { SelectField } from '../contacts/shared/fields';
import { useLiveQuery } from '../contacts/shared/use-live-query';
import { useLanguage } from '../../i18n/use-language';
import { activityDraft, activityProblems, cleanActivity, type ActivityDraft, type ActivityProblemKey } from './activity-form';

export interface ActivityEditor {
  open: boolean;
  /** The manual activity being edited; null adds one. */
  activity: Activity | null;
  /** The date a new activity starts with. */
  date: CalendarDate;
  session: number;
}

export interface ActivityDialogProps {
  editor: ActivityEditor;
  onClose(): void;
  onSaved(): void;
}

const METHODS = ['online', 'inPerson', 'phone', 'email', 'mail'] as const;

/** Add or edit an activity the user did: the columns the unemployment office asks for. */
export function ActivityDialog({ editor, onClose, onSaved }: ActivityDialogProps) {
  const { t } = useTranslation();
  const formId = `activity-form-${editor.session}`;
  return (
    <Dialog
      open={editor.open}
      title={editor.activity ? t('activity.form.editTitle') : t('activity.form.addTitle')}
      closeLabel={t('activity.form.close')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('activity.form.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary">
            {editor.activity ? t('activity.form.save') : t('activity.form.add')}
          </Button>
        </>
      }
    >
      {editor.open ? <ActivityForm key={editor.session} id={formId} editor={editor} onSaved={onSaved} /> : null}
    </Dialog>
  );
}

/** The names in Contacts, offered as suggestions for "Contact person". */
function useContactNames(): string[] {
  const load = useCallback(async () => [...new Set((await listContacts(getDb())).map((c) => c.name))], []);
  return useLiveQuery(load).value ?? [];
}

function ActivityForm({ id, editor, onSaved }: { id: string; editor: ActivityEditor; onSaved(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { activity } = editor;
  const [draft, setDraft] = useState<ActivityDraft>(() => activityDraft(activity, editor.date));
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstField(formRef);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const people = useContactNames();
  const now = today();
  const problems = attempt > 0 ? activityProblems(draft, now) : [];
  const example = formatDay(now, language, false);
  const message = (key: ActivityProblemKey) => t(`activity.form.${key}`, { example });
  const errorFor = (field: keyof ActivityDraft) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? message(problem.key) : undefined;
  };
  const set = (field: keyof ActivityDraft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (busy || activityProblems(draft, now).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      const fields = cleanActivity(draft);
      if (activity) await saveActivity(getDb(), activity, fields);
      else await addManualActivity(getDb(), { ...fields, jobId: null });
      const date = formatDay(fields.date, language);
      useToasts.getState().show({ tone: 'success', message: activity ? t('activity.form.saved', { date }) : t('activity.form.added', { date }) });
      onSaved();
    } catch (err) {
      setFailure(t('activity.form.failed', { reason: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const methodsId = `${id}-methods`;
  const peopleId = `${id}-people`;
  return (
    <form ref={formRef} id={id} className="form-dialog" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary title={t('activity.form.problems')} attempt={attempt} problems={problems.map((p) => ({ field: p.field, message: message(p.key) }))} />
      {failure ? (
        <p className="form-dialog__failure" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="form-dialog__row">
        <TextField name="date" type="date" max={now} label={t('activity.form.date')} hint={t('activity.form.dateHint')} error={errorFor('date')} value={draft.date} onChange={set('date')} />
        <SelectField name="type" label={t('activity.form.type')} value={draft.type} onChange={set('type')}>
          {ACTIVITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`activity.types.${type}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField name="employer" label={t('activity.form.employer')} hint={t('activity.form.employerHint')} error={errorFor('employer')} value={draft.employer} onChange={set('employer')} autoComplete="off" />
      <div className="form-dialog__row">
        <TextField name="contactPerson" label={t('activity.form.contactPerson')} hint={t('activity.form.contactPersonHint')} error={errorFor('contactPerson')} value={draft.contactPerson} onChange={set('contactPerson')} list={peopleId} autoComplete="off" />
        <TextField name="contactMethod" label={t('activity.form.contactMethod')} hint={t('activity.form.contactMethodHint')} error={errorFor('contactMethod')} value={draft.contactMethod} onChange={set('contactMethod')} list={methodsId} autoComplete="off" />
      </div>
      <datalist id={peopleId}>
        {people.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id={methodsId}>
        {METHODS.map((method) => (
          <option key={method} value={t(`activity.form.methods.${method}`)} />
        ))}
      </datalist>
      <TextField name="position" label={t('activity.form.position')} hint={t('activity.form.positionHint')} error={errorFor('position')} value={draft.position} onChange={set('position')} autoComplete="off" />
      <TextField name="result" label={t('activity.form.result')} hint={t('activity.form.resultHint')} error={errorFor('result')} value={draft.result} onChange={set('result')} autoComplete="off" />
    </form>
  );
}
