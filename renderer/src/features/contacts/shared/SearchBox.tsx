import { useId } from 'react';
import { Search, X } from 'lucide-react';
import './search-box.css';

export interface SearchBoxProps {
  label: string;
  hint?: string;
  clearLabel: string;
  value: string;
  onChange(value: string): void;
}

/** A labelled search field with a clear button; Esc clears it too. */
export function SearchBox({ label, hint, clearLabel, value, onChange }: SearchBoxProps) {
  const id = useId();
  return (
    <div className="search-box">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="search-box__row">
        <Search className="search-box__icon" aria-hidden="true" />
        <input
          id={id}
          type="search"
          className="field__input search-box__input"
          value={value}
          autoComplete="off"
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && value) {
              event.preventDefault();
              event.stopPropagation(); // in a dialog, Esc clears first and closes only when empty
              onChange('');
            }
          }}
        />
        {value ? (
          <button type="button" className="search-box__clear" aria-label={clearLabel} title={clearLabel} onClick={() => onChange('')}>
            <X aria-hidden="true" />
          </button>
        ) : null}
      </div>
    </div>
  );
}
