import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../contacts/shared/ErrorSummary';
import { MyDetailsForm } from '../../profile/MyDetailsForm';
import { ChecklistStep } from './ChecklistStep';
import { FieldsStep } from './FieldsStep';
import { PhoneScript } from './PhoneScript';
import { UrgencyNote } from './UrgencyNote';
import type { Wizard } from './use-wizard';
import { WizardNav } from './WizardNav';

/** A step before the letter: my details, a checklist, advice only, or questions; then Back and Next. */
export function StepContent({ wizard }: { wizard: Wizard }) {
  const { t } = useTranslation();
  const { def, guide, letter, step, steps, index, errors, attempt, ctx, me } = wizard;
  const back = () => wizard.goTo(index - 1);
  if (step.kind === 'my-details') {
    return <MyDetailsForm initial={me} submitLabel={t('letters.wizard.saveContinue')} onSaved={wizard.detailsSaved} />;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    wizard.next();
  };
  const asks = (id: string) => step.kind === 'fields' && step.fields.includes(id);
  return (
    <form className="wizard-form" onSubmit={submit} noValidate>
      <ErrorSummary title={t('letters.wizard.problems')} attempt={attempt} problems={Object.entries(errors).map(([field, message]) => ({ field, message }))} />
      {asks('interviewDate') ? <UrgencyNote typed={letter.values.interviewDate ?? ''} known={ctx.interviewAt} language={wizard.adviceLanguage} /> : null}
      {step.kind === 'checklist' ? (
        <ChecklistStep stepId={step.id} items={step.items} texts={guide.steps[step.id]?.items ?? {}} checked={letter.checked} onToggle={wizard.toggle} />
      ) : null}
      {step.kind === 'fields' ? <FieldsStep def={def} guide={guide} fieldIds={step.fields} values={letter.values} errors={errors} onChange={wizard.setValue} /> : null}
      {asks('channel') && letter.values.channel === 'phone' ? <PhoneScript values={letter.values} ctx={ctx} language={letter.language} /> : null}
      <WizardNav index={index} nextIsLetter={steps[index + 1]?.kind === 'letter'} showNext onBack={back} />
    </form>
  );
}
