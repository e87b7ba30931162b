import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MESSAGE_CHANNELS, MESSAGE_DIRECTIONS, type Message } from '../../../../shared/domain/messages';
import { addMessage, getDb, listContacts, today, updateMessage } from '../../db';
import { useLanguage } from '../../i18n/use-language';
import { useToasts } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { RadioGroup, TextField } from '../../ui/Field';
import { formatDay } from '../contacts/shared/calendar';
import { ErrorSummary, useFocusFirstField } from '../contacts/shared/ErrorSummary';
import { SelectField, TextAreaField } from '../contacts/shared/fields';
import { useLiveQuery } from '../contacts/shared/use-live-query';
import { cleanMessage, messageDraft, messageProblems, type MessageDraft, type MessageProblemKey } from './message-form';

export interface MessageEditor {
  open: boolean;
  /** The message being edited; null adds a note. */
  message: Message | null;
  session: number;
}

export interface MessageDialogProps {
  editor: MessageEditor;
  onClose(): void;
  onSaved(message: Message): void;
}

const byText = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Jobs and people to choose from, by name. */
function useChoices() {
  const load = useCallback(async () => {
    const db = getDb();
    const [jobs, contacts] = await Promise.all([db.jobs.toArray(), listContacts(db)]);
    return { jobs: jobs.sort((a, b) => byText.compare(a.title, b.title)), contacts };
  }, []);
  return useLiveQuery(load).value ?? { jobs: [], contacts: [] };
}

/** Add or edit a note of a call, an email, a visit or a letter: who started it, how, when, about what. */
export function MessageDialog({ editor, onClose, onSaved }: MessageDialogProps) {
  const { t } = useTranslation();
  const formId = `message-form-${editor.session}`;
  return (
    <Dialog
      open={editor.open}
      title={editor.message ? t('messages.form.editTitle') : t('messages.form.addTitle')}
      closeLabel={t('messages.form.close')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('messages.form.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary">
            {editor.message ? t('messages.form.save') : t('messages.form.add')}
          </Button>
        </>
      }
    >
      {editor.open ? <MessageForm key={editor.session} id={formId} message={editor.message} onSaved={onSaved} /> : null}
    </Dialog>
  );
}

function MessageForm({ id, message, onSaved }: { id: string; message: Message | null; onSaved(message: Message): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = today();
  const [draft, setDraft] = useState<MessageDraft>(() => messageDraft(message, now));
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstField(formRef);
  const { jobs, contacts } = useChoices();
  const example = formatDay(now, language, false);
  const problems = attempt > 0 ? messageProblems(draft, now) : [];
  const text = (key: MessageProblemKey) => t(`messages.form.${key}`, { example });
  const errorFor = (field: keyof MessageDraft) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? text(problem.key) : undefined;
  };
  const set = (field: keyof MessageDraft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (busy || messageProblems(draft, now).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      const fields = cleanMessage(draft);
      const saved = message ? await updateMessage(getDb(), message.id, fields) : await addMessage(getDb(), fields);
      useToasts.getState().show({ tone: 'success', message: message ? t('messages.form.saved') : t('messages.form.added') });
      onSaved(saved);
    } catch (err) {
      setFailure(t('messages.form.failed', { reason: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} id={id} className="form-dialog" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary title={t('messages.form.problems')} attempt={attempt} problems={problems.map((p) => ({ field: p.field, message: text(p.key) }))} />
      {failure ? (
        <p className="form-dialog__failure" role="alert">
          {failure}
        </p>
      ) : null}
      <RadioGroup
        legend={t('messages.form.direction')}
        name="direction"
        value={draft.direction}
        choices={MESSAGE_DIRECTIONS.map((value) => ({ value, label: t(value === 'sent' ? 'messages.form.directionSent' : 'messages.form.directionReceived') }))}
        onChange={(direction) => setDraft((d) => ({ ...d, direction }))}
      />
      <div className="form-dialog__row">
        <SelectField name="channel" label={t('messages.form.channel')} value={draft.channel} onChange={set('channel')}>
          {MESSAGE_CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t(`messages.channels.${channel}`)}
            </option>
          ))}
        </SelectField>
        <TextField name="at" type="date" max={now} label={t('messages.form.date')} hint={t('messages.form.dateHint', { example })} error={errorFor('at')} value={draft.at} onChange={set('at')} />
      </div>
      <div className="form-dialog__row">
        <SelectField name="jobId" label={t('messages.form.job')} value={draft.jobId} onChange={set('jobId')}>
          <option value="">{t('messages.form.noJob')}</option>
          {jobs.map((job) => (
            <option key={job.id} value={job.id}>
              {[job.title, job.employer].filter(Boolean).join(' · ')}
            </option>
          ))}
        </SelectField>
        <SelectField name="contactId" label={t('messages.form.contact')} value={draft.contactId} onChange={set('contactId')}>
          <option value="">{t('messages.form.noContact')}</option>
          {contacts.map((contact) => (
            <option key={contact.id} value={contact.id}>
              {contact.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField name="subject" label={t('messages.form.subject')} hint={t('messages.form.subjectHint')} error={errorFor('subject')} value={draft.subject} onChange={set('subject')} autoComplete="off" />
      <TextAreaField name="summary" label={t('messages.form.summary')} hint={t('messages.form.summaryHint')} error={errorFor('summary')} value={draft.summary} onChange={set('summary')} />
    </form>
  );
}
