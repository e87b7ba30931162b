import { useTranslation } from 'react-i18next';
import { LETTER_TYPES } from '../../../../../shared/domain/letters';
import type { LetterTextTable } from '../../../../../shared/domain/letters/text-types';
import type { LetterTypeId } from '../../../../../shared/domain/letters/types';

export interface TypeChoicesProps {
  text: LetterTextTable;
  value: LetterTypeId | '';
  error?: string;
  onChange(type: LetterTypeId): void;
}

/** The letter types as cards: a radio group, so arrow keys move between them as in any radio group. */
export function TypeChoices({ text, value, error, onChange }: TypeChoicesProps) {
  const { t } = useTranslation();
  return (
    <fieldset className={`field field--group type-choices${error ? ' field--error' : ''}`} aria-describedby={error ? 'type-choices-error' : undefined}>
      <legend className="field__label type-choices__legend">{t('letters.choose.typeLegend')}</legend>
      {error ? (
        <p className="field__error" id="type-choices-error">
          {error}
        </p>
      ) : null}
      <div className="type-choices__grid">
        {LETTER_TYPES.map((def) => {
          const guide = text.guides[def.id];
          return (
            <label key={def.id} className="type-card">
              <input type="radio" name="type" value={def.id} checked={value === def.id} onChange={() => onChange(def.id)} aria-describedby={`type-${def.id}-desc`} />
              <span className="type-card__text">
                <span className="type-card__title">{guide.title}</span>
                <span className="type-card__description" id={`type-${def.id}-desc`}>
                  {guide.description}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
