import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_ROLES, type ContactFields } from '../../../../shared/domain/jobs';
import { addContact, getDb, updateContact, type ContactRow } from '../../db';
import { useToasts } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { ErrorSummary, useFocusFirstField } from './shared/ErrorSummary';
import { SelectField, TextAreaField } from './shared/fields';
import { cleanContact, contactDraft, contactProblems } from './contact-form';

export interface ContactEditor {
  open: boolean;
  /** The contact being edited; null adds a new one. */
  contact: ContactRow | null;
  /** Goes up each time the dialog opens, so every opening starts with a fresh form. */
  session: number;
}

export interface ContactDialogProps {
  editor: ContactEditor;
  onClose(): void;
  onSaved(contact: ContactRow, added: boolean): void;
}

/** Add or edit a contact: name (required), role, employer, email, phone and notes. */
export function ContactDialog({ editor, onClose, onSaved }: ContactDialogProps) {
  const { t } = useTranslation();
  const formId = `contact-form-${editor.session}`;
  return (
    <Dialog
      open={editor.open}
      title={editor.contact ? t('contacts.form.editTitle') : t('contacts.form.addTitle')}
      closeLabel={t('contacts.form.close')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('contacts.form.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary">
            {editor.contact ? t('contacts.form.save') : t('contacts.form.add')}
          </Button>
        </>
      }
    >
      {editor.open ? <ContactForm key={editor.session} id={formId} contact={editor.contact} onSaved={onSaved} /> : null}
    </Dialog>
  );
}

function ContactForm({ id, contact, onSaved }: { id: string; contact: ContactRow | null; onSaved: ContactDialogProps['onSaved'] }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ContactFields>(() => contactDraft(contact));
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstField(formRef);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const problems = attempt > 0 ? contactProblems(draft) : [];
  const errorFor = (field: keyof ContactFields) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t(`contacts.form.${problem.key}`) : undefined;
  };
  const set = (field: keyof ContactFields) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (busy || contactProblems(draft).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      const fields = cleanContact(draft);
      const saved = contact ? await updateContact(getDb(), contact.id, fields) : await addContact(getDb(), fields);
      const message = contact ? t('contacts.form.saved', { name: saved.name }) : t('contacts.form.added', { name: saved.name });
      useToasts.getState().show({ tone: 'success', message });
      onSaved(saved, !contact);
    } catch (err) {
      setFailure(t('contacts.form.failed', { reason: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} id={id} className="form-dialog" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary
        title={t('contacts.form.problems')}
        attempt={attempt}
        problems={problems.map((p) => ({ field: p.field, message: t(`contacts.form.${p.key}`) }))}
      />
      {failure ? (
        <p className="form-dialog__failure" role="alert">
          {failure}
        </p>
      ) : null}
      <TextField name="name" label={t('contacts.form.name')} hint={t('contacts.form.nameHint')} error={errorFor('name')} value={draft.name} onChange={set('name')} autoComplete="off" />
      <SelectField name="role" label={t('contacts.form.role')} hint={t('contacts.form.roleHint')} value={draft.role} onChange={set('role')}>
        {CONTACT_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`contacts.roles.${role}`)}
          </option>
        ))}
      </SelectField>
      <TextField name="employer" label={t('contacts.form.employer')} hint={t('contacts.form.employerHint')} error={errorFor('employer')} value={draft.employer} onChange={set('employer')} autoComplete="off" />
      <div className="form-dialog__row">
        <TextField name="email" type="email" label={t('contacts.form.email')} error={errorFor('email')} value={draft.email} onChange={set('email')} autoComplete="off" />
        <TextField name="phone" type="tel" label={t('contacts.form.phone')} error={errorFor('phone')} value={draft.phone} onChange={set('phone')} autoComplete="off" />
      </div>
      <TextAreaField name="notes" label={t('contacts.form.notes')} hint={t('contacts.form.notesHint')} error={errorFor('notes')} value={draft.notes} onChange={set('notes')} />
    </form>
  );
}
