import { useEffect, useId, useRef, type ReactNode } from 'react';
import { X } from 'lucide-react';
import './dialog.css';

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  /** Accessible name of the close button, already translated. */
  closeLabel: string;
  onClose(): void;
  children: ReactNode;
  /** Buttons at the bottom, primary last. */
  actions?: ReactNode;
}

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Esc closes it,
 * and focus returns to where it was when it closes.
 */
export function Dialog({ open, title, closeLabel, onClose, children, actions }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="dialog__close" onClick={onClose} aria-label={closeLabel}>
          <X aria-hidden="true" />
        </button>
      </header>
      <div className="dialog__body">{children}</div>
      {actions ? <footer className="dialog__actions">{actions}</footer> : null}
    </dialog>
  );
}
