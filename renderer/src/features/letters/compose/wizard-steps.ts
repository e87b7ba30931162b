import { initialValues } from '../../../../../shared/domain/letters';
import type { AdviceStep, LetterContext, LetterTypeDef } from '../../../../../shared/domain/letters/types';

/** The step that asks for my details first, when the user has not given a name yet. */
export const MY_DETAILS_STEP = 'my-details';

/** A wizard step: one of the type's advice steps, or the my-details step in front of them. */
export type WizardStep = AdviceStep | { id: typeof MY_DETAILS_STEP; kind: 'my-details' };

/** The wizard's steps for a letter type, with the my-details step first when a name is missing. */
export function wizardSteps(def: LetterTypeDef, needsDetails: boolean): WizardStep[] {
  return needsDetails ? [{ id: MY_DETAILS_STEP, kind: 'my-details' }, ...def.steps] : [...def.steps];
}

/** Where a draft opens: the step it was left on, else the first. */
export function stepIndex(steps: readonly WizardStep[], id: string): number {
  const at = steps.findIndex((s) => s.id === id);
  return at >= 0 ? at : 0;
}

/** The required fields of a step that are still empty, in the step's order. */
export function missingFields(def: LetterTypeDef, step: WizardStep, values: Readonly<Record<string, string>>): string[] {
  if (step.kind !== 'fields') return [];
  return step.fields.filter((id) => def.fields.find((f) => f.id === id)?.required && !(values[id] ?? '').trim());
}

/** The key a checklist tick is stored under: item ids are only unique within their step. */
export function checkKey(stepId: string, itemId: string): string {
  return `${stepId}/${itemId}`;
}

/**
 * Answers after the letter's job or person changed: a field the user left as it was merged
 * takes the new record's value; a field they typed in keeps what they typed.
 */
export function remergeValues(def: LetterTypeDef, values: Readonly<Record<string, string>>, before: LetterContext, after: LetterContext): Record<string, string> {
  const old = initialValues(def, before);
  const fresh = initialValues(def, after);
  const next = { ...values };
  for (const field of def.fields) {
    if (!field.mergeFrom) continue;
    if ((values[field.id] ?? '') === (old[field.id] ?? '')) next[field.id] = fresh[field.id] ?? '';
  }
  return next;
}
