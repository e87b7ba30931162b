import { useEffect, useRef, type RefObject } from 'react';
import { TriangleAlert } from 'lucide-react';
import './forms.css';

export interface FormProblem {
  /** The `name` of the form control the problem is about; the link moves focus there. */
  field: string;
  message: string;
}

export interface ErrorSummaryProps {
  title: string;
  problems: FormProblem[];
  /** Changes on every submit, so the summary takes focus again even when the problems are the same. */
  attempt: number;
}

/**
 * Puts focus in the form's first field once its dialog has opened (the dialog would
 * otherwise focus its close button), so typing can start at once.
 */
export function useFocusFirstField(form: RefObject<HTMLFormElement | null>): void {
  useEffect(() => {
    const frame = requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [form]);
}

/**
 * UI.md: errors next to each field and in a summary at the top. The summary takes focus
 * after a failed submit, so screen readers read it; each line moves to its field.
 */
export function ErrorSummary({ title, problems, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (problems.length === 0) return null;
  const focusField = (name: string) => {
    const control = ref.current?.closest('form')?.elements.namedItem(name);
    if (control instanceof HTMLElement) control.focus();
  };
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      <p className="error-summary__title">
        <TriangleAlert aria-hidden="true" />
        {title}
      </p>
      <ul className="error-summary__list">
        {problems.map((problem) => (
          <li key={problem.field}>
            <button type="button" className="error-summary__link" onClick={() => focusField(problem.field)}>
              {problem.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
