import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { FieldFrame } from '../../../ui/Field';
import './forms.css';

interface Labelled {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
}

/** A labelled drop-down list, wired like TextField (hint and error read with it). */
export function SelectField({ label, hint, error, children, className, ...select }: Labelled & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ inputId, describedBy }) => (
        <select
          id={inputId}
          className={['field__input', className].filter(Boolean).join(' ')}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...select}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

/** A labelled box for longer text, such as notes. */
export function TextAreaField({ label, hint, error, className, ...area }: Labelled & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ inputId, describedBy }) => (
        <textarea
          id={inputId}
          className={['field__input', 'field__textarea', className].filter(Boolean).join(' ')}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          rows={4}
          {...area}
        />
      )}
    </FieldFrame>
  );
}
