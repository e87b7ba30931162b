import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyDetails } from '../../../../shared/domain/letters/types';
import { getDb, saveMyDetails } from '../../db';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { ErrorSummary } from '../contacts/shared/ErrorSummary';
import { TextAreaField } from '../contacts/shared/fields';
import { fromDraft, myDetailsDraft, myDetailsProblems, type MyDetailsDraft } from './my-details-form';
import './profile.css';

export interface MyDetailsFormProps {
  initial: MyDetails;
  /** The submit button's words: "Save my details", or "Save and continue" in a letter's wizard. */
  submitLabel: string;
  onSaved(details: MyDetails): void;
  /** Buttons beside the submit button (Back in the wizard). */
  extraActions?: ReactNode;
}

/** Name, email, phone, address and links, kept once and used in every letter. A name is required. */
export function MyDetailsForm({ initial, submitLabel, onSaved, extraActions }: MyDetailsFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MyDetailsDraft>(() => myDetailsDraft(initial));
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const problems = attempt > 0 ? myDetailsProblems(draft) : [];
  const errorFor = (field: keyof MyDetailsDraft) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t(`profile.form.${problem.key}`) : undefined;
  };
  const set = (field: keyof MyDetailsDraft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (busy || myDetailsProblems(draft).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      onSaved(await saveMyDetails(getDb(), fromDraft(draft)));
    } catch (err) {
      setFailure(t('profile.form.failed', { reason: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="my-details-form" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary
        title={t('profile.form.problems')}
        attempt={attempt}
        problems={problems.map((p) => ({ field: p.field, message: t(`profile.form.${p.key}`) }))}
      />
      {failure ? (
        <p className="my-details-form__failure" role="alert">
          {failure}
        </p>
      ) : null}
      <TextField name="name" label={t('profile.form.name')} hint={t('profile.form.nameHint')} error={errorFor('name')} value={draft.name} onChange={set('name')} autoComplete="name" />
      <div className="my-details-form__row">
        <TextField name="email" type="email" label={t('profile.form.email')} error={errorFor('email')} value={draft.email} onChange={set('email')} autoComplete="email" />
        <TextField name="phone" type="tel" label={t('profile.form.phone')} error={errorFor('phone')} value={draft.phone} onChange={set('phone')} autoComplete="tel" />
      </div>
      <TextAreaField name="address" label={t('profile.form.address')} hint={t('profile.form.addressHint')} error={errorFor('address')} value={draft.address} onChange={set('address')} rows={3} autoComplete="street-address" />
      <TextAreaField name="links" label={t('profile.form.links')} hint={t('profile.form.linksHint')} error={errorFor('links')} value={draft.links} onChange={set('links')} rows={2} />
      <div className="my-details-form__actions">
        {extraActions}
        <Button type="submit" variant="primary" disabled={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
