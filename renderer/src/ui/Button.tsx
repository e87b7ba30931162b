import type { ButtonHTMLAttributes, ReactNode } from 'react';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** An icon shown before the label; the label always stays. */
  icon?: ReactNode;
}

/** The classes of a button, or of a link that looks like one. */
export function buttonClassName(variant: ButtonVariant, className?: string): string {
  return ['btn', `btn--${variant}`, className].filter(Boolean).join(' ');
}

/** What a button shows: its icon (hidden from screen readers) and its label. */
export function ButtonContent({ icon, children }: { icon?: ReactNode; children?: ReactNode }) {
  return (
    <>
      {icon ? (
        <span className="btn__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <span>{children}</span>
    </>
  );
}

/** A button with a big target and a visible label. Defaults to type="button" so it never submits by accident. */
export function Button({ variant = 'secondary', icon, className, children, type = 'button', ...rest }: ButtonProps) {
  return (
    <button type={type} className={buttonClassName(variant, className)} {...rest}>
      <ButtonContent icon={icon}>{children}</ButtonContent>
    </button>
  );
}
