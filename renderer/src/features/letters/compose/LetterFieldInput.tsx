import type { FieldText } from '../../../../../shared/domain/letters/text-types';
import type { LetterField } from '../../../../../shared/domain/letters/types';
import { RadioGroup, TextField } from '../../../ui/Field';
import { TextAreaField } from '../../contacts/shared/fields';

export interface LetterFieldInputProps {
  field: LetterField;
  text: FieldText | undefined;
  /** Choice labels by choice id. */
  choiceLabels: Record<string, string> | undefined;
  value: string;
  error?: string;
  onChange(value: string): void;
}

/** One of a letter type's fields, drawn by its kind: a line, a box, a date or a set of choices. */
export function LetterFieldInput({ field, text, choiceLabels, value, error, onChange }: LetterFieldInputProps) {
  const label = text?.label ?? field.id;
  const common = { name: field.id, label, hint: text?.hint, error };
  switch (field.kind) {
    case 'multiline':
      return <TextAreaField {...common} value={value} rows={3} onChange={(event) => onChange(event.target.value)} />;
    case 'date':
      return <TextField {...common} type="date" className="field__input--date" value={value} onChange={(event) => onChange(event.target.value)} />;
    case 'choice':
      return (
        <RadioGroup
          legend={label}
          hint={text?.hint}
          name={field.id}
          value={value}
          choices={(field.choices ?? []).map((choice) => ({ value: choice, label: choiceLabels?.[choice] ?? choice }))}
          onChange={onChange}
        />
      );
    default:
      return <TextField {...common} value={value} autoComplete="off" onChange={(event) => onChange(event.target.value)} />;
  }
}
