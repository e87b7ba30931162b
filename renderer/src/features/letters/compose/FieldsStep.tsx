import type { LetterGuideText } from '../../../../../shared/domain/letters/text-types';
import type { LetterTypeDef } from '../../../../../shared/domain/letters/types';
import { LetterFieldInput } from './LetterFieldInput';

export interface FieldsStepProps {
  def: LetterTypeDef;
  guide: LetterGuideText;
  fieldIds: string[];
  values: Readonly<Record<string, string>>;
  /** Error messages by field id, after a Next that found required fields empty. */
  errors: Readonly<Record<string, string>>;
  onChange(fieldId: string, value: string): void;
}

/** The questions of one wizard step, labelled and explained by the type's text table. */
export function FieldsStep({ def, guide, fieldIds, values, errors, onChange }: FieldsStepProps) {
  return (
    <div className="wizard-fields">
      {fieldIds.map((id) => {
        const field = def.fields.find((f) => f.id === id);
        if (!field) return null;
        return (
          <LetterFieldInput
            key={id}
            field={field}
            text={guide.fields[id]}
            choiceLabels={guide.choices[id]}
            value={values[id] ?? ''}
            error={errors[id]}
            onChange={(value) => onChange(id, value)}
          />
        );
      })}
    </div>
  );
}
