import { useRef, type ReactNode } from 'react';
import type { PickedFile } from '../../api/transport';
import { Button, type ButtonVariant } from '../../ui/Button';

export interface AddFilesButtonProps {
  label: string;
  icon?: ReactNode;
  variant?: ButtonVariant;
  multiple?: boolean;
  /** Browser mode: the files chosen in the page's own file picker. */
  onFiles(files: PickedFile[]): void;
  /** Desktop: open the system's file dialog instead (it hands the backend paths). */
  onDialog(): void;
}

/** A button that adds files: the system dialog on the desktop, a hidden file input in a browser. */
export function AddFilesButton({ label, icon, variant = 'secondary', multiple = true, onFiles, onDialog }: AddFilesButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const desktop = typeof window !== 'undefined' && Boolean(window.careerOrganizer);
  return (
    <>
      <Button variant={variant} icon={icon} onClick={() => (desktop ? onDialog() : input.current?.click())}>
        {label}
      </Button>
      {desktop ? null : (
        <input
          ref={input}
          type="file"
          multiple={multiple}
          hidden
          tabIndex={-1}
          aria-label={label}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            // Cleared so choosing the same file again still counts as a change.
            event.target.value = '';
            if (files.length > 0) onFiles(files.map((file) => ({ file, name: file.name })));
          }}
        />
      )}
    </>
  );
}
