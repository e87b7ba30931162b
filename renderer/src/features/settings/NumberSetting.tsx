import { useState, type ReactNode } from 'react';
import { TextField } from '../../ui/Field';

/** A whole number from `min` to `max`, or null when the text isn't one. */
export function parseWholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\s*\d{1,6}\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

export interface NumberSettingProps {
  label: ReactNode;
  hint: ReactNode;
  /** Shown next to the field when what is typed isn't a whole number in range. */
  error: ReactNode;
  saved: number;
  min: number;
  max: number;
  onSave(value: number): void;
}

/** A number setting that saves when the user leaves the field or presses Enter, and says how to fix a wrong value. */
export function NumberSetting({ label, hint, error, saved, min, max, onSave }: NumberSettingProps) {
  const [draft, setDraft] = useState(String(saved));
  const [invalid, setInvalid] = useState(false);
  // When the saved value changes (here or in another window), show it: adjusted during render, as React advises.
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    setShown(saved);
    setDraft(String(saved));
    setInvalid(false);
  }
  const commit = () => {
    const value = parseWholeNumber(draft, min, max);
    setInvalid(value === null);
    if (value !== null && value !== saved) onSave(value);
  };
  return (
    <TextField
      label={label}
      hint={hint}
      error={invalid ? error : undefined}
      className="field__input--short"
      inputMode="numeric"
      value={draft}
      onChange={(event) => {
        setDraft(event.target.value);
        if (invalid) setInvalid(parseWholeNumber(event.target.value, min, max) === null);
      }}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
    />
  );
}
