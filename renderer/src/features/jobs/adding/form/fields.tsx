import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Sparkles } from 'lucide-react';
import { fieldId, type Draft, type DraftField } from './draft';
import { useAddJob, useFieldError } from './store';

type TextDraftField = { [K in DraftField]: Draft[K] extends string ? K : never }[DraftField];

interface FrameProps {
  field: DraftField;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the input (the reapply warning under Employer). */
  after?: ReactNode;
  className?: string;
  children: (a11y: { id: string; 'aria-describedby': string | undefined; 'aria-invalid': true | undefined }) => ReactNode;
}

/**
 * One form field: label above, hint under it, "we guessed this" when the value came from
 * pasted text, the error next to the input. Ids are fixed so the error summary can link here.
 */
export function DraftFrame({ field, label, hint, after, className, children }: FrameProps) {
  const { t } = useTranslation();
  const error = useFieldError(field);
  const filledBy = useAddJob((s) => s.filled[field]);
  const guessed = filledBy === 'high' || filledBy === 'medium' || filledBy === 'low';
  const id = fieldId(field);
  const describedBy = [hint && `${id}-hint`, guessed && `${id}-guess`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--error' : '', guessed ? 'field--guessed' : '', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {guessed ? <GuessNote id={`${id}-guess`} /> : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {t(`jobsAdding.errors.${error.code}`, { reason: error.reason ?? '' })}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {after}
    </div>
  );
}

/** "Check this: we guessed it from the text", with an icon so it is not told by colour alone. */
export function GuessNote({ id }: { id?: string }) {
  const { t } = useTranslation();
  return (
    <span className="add-job__guess" id={id}>
      <Sparkles aria-hidden="true" />
      <span>{t('jobsAdding.form.guessed')}</span>
    </span>
  );
}

type Common = { field: TextDraftField; label: ReactNode; hint?: ReactNode; after?: ReactNode; className?: string };

/** A text input bound to the draft. */
export function DraftInput({ field, label, hint, after, className, ...input }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'>) {
  const value = useAddJob((s) => s.draft[field]);
  const setField = useAddJob((s) => s.setField);
  return (
    <DraftFrame field={field} label={label} hint={hint} after={after} className={className}>
      {(a11y) => <input className="field__input" value={value} onChange={(e) => setField(field, e.target.value)} {...a11y} {...input} />}
    </DraftFrame>
  );
}

/** A date input: typed in the user's format or picked; a half-typed date is reported, not dropped silently. */
export function DraftDate({ field, label, hint, className }: Common) {
  const value = useAddJob((s) => s.draft[field]);
  const setField = useAddJob((s) => s.setField);
  return (
    <DraftFrame field={field} label={label} hint={hint} className={className}>
      {(a11y) => (
        <input
          type="date"
          className="field__input add-job__date"
          min="1900-01-01"
          max="2100-12-31"
          value={value}
          onChange={(e) => setField(field, e.target.value, e.target.validity?.badInput === true)}
          onBlur={(e) => setField(field, e.target.value, e.target.validity?.badInput === true)}
          {...a11y}
        />
      )}
    </DraftFrame>
  );
}

/** A multi-line text box bound to the draft. */
export function DraftTextArea({ field, label, hint, className, ...area }: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'id'>) {
  const value = useAddJob((s) => s.draft[field]);
  const setField = useAddJob((s) => s.setField);
  return (
    <DraftFrame field={field} label={label} hint={hint} className={className}>
      {(a11y) => <textarea className="field__input add-job__textarea" value={value} onChange={(e) => setField(field, e.target.value)} {...a11y} {...area} />}
    </DraftFrame>
  );
}

/** A choice from a short list, bound to the draft. */
export function DraftSelect<F extends DraftField>(
  props: { field: F; label: ReactNode; hint?: ReactNode; className?: string; choices: { value: Draft[F]; label: string }[] } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'id'>,
) {
  const { field, label, hint, className, choices, ...select } = props;
  const value = useAddJob((s) => s.draft[field]);
  const setField = useAddJob((s) => s.setField);
  return (
    <DraftFrame field={field} label={label} hint={hint} className={className}>
      {(a11y) => (
        <select className="field__input" value={String(value)} onChange={(e) => setField(field, e.target.value as Draft[F])} {...a11y} {...select}>
          {choices.map((c) => (
            <option key={String(c.value)} value={String(c.value)}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </DraftFrame>
  );
}
