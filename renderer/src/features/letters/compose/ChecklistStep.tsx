import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../../ui/Field';
import { checkKey } from './wizard-steps';

export interface ChecklistStepProps {
  stepId: string;
  items: string[];
  /** Item texts by id, in the UI language. */
  texts: Record<string, string>;
  checked: readonly string[];
  onToggle(key: string, on: boolean): void;
}

/** A short list to think through. Nothing is required: ticking is for the user, not a gate. */
export function ChecklistStep({ stepId, items, texts, checked, onToggle }: ChecklistStepProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="field field--group wizard-checklist">
      <legend className="field__label">{t('letters.wizard.checklistLegend')}</legend>
      {items.map((item) => {
        const key = checkKey(stepId, item);
        return <Checkbox key={key} name={key} label={texts[item] ?? item} checked={checked.includes(key)} onChange={(event) => onToggle(key, event.target.checked)} />;
      })}
    </fieldset>
  );
}
