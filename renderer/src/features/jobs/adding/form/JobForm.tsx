import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Save } from 'lucide-react';
import { STAGES } from '../../../../../../shared/domain/jobs';
import { Button } from '../../../../ui/Button';
import { RadioGroup } from '../../../../ui/Field';
import { Section } from '../../../../ui/PageHeader';
import { fieldId, type Draft } from './draft';
import { DraftDate, DraftInput, DraftSelect, DraftTextArea, GuessNote } from './fields';
import { PayFields } from './PayFields';
import { ReapplyWarning } from './ReapplyWarning';
import { useAddJob } from './store';
import { useSaveJob } from './use-save-job';

/** The job form, in groups: the job, pay, where it was found, dates, progress, description and notes. */
export function JobForm() {
  const { t } = useTranslation();
  const save = useSaveJob();
  const saving = useAddJob((s) => s.saving);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  return (
    <form className="add-job__form" onSubmit={submit} noValidate aria-label={t('jobsAdding.page.title')}>
      <Section id="add-job-job" title={t('jobsAdding.form.groupJob')}>
        <DraftInput field="title" label={t('jobsAdding.form.title')} hint={t('jobsAdding.form.titleHint')} className="add-job__wide" autoComplete="off" />
        <EmployerField />
        <DraftInput field="location" label={t('jobsAdding.form.location')} hint={t('jobsAdding.form.locationHint')} className="add-job__wide" />
        <WorkplaceField />
      </Section>
      <Section id="add-job-pay" title={t('jobsAdding.form.groupPay')}>
        <PayFields />
      </Section>
      <Section id="add-job-found" title={t('jobsAdding.form.groupFound')}>
        <DraftInput field="source" label={t('jobsAdding.form.source')} hint={t('jobsAdding.form.sourceHint')} className="add-job__wide" />
        <DraftInput field="url" label={t('jobsAdding.form.url')} hint={t('jobsAdding.form.urlHint')} type="url" inputMode="url" spellCheck={false} className="add-job__wide" />
        <DraftInput field="jobNumber" label={t('jobsAdding.form.jobNumber')} hint={t('jobsAdding.form.jobNumberHint')} spellCheck={false} className="add-job__medium" />
      </Section>
      <Section id="add-job-dates" title={t('jobsAdding.form.groupDates')}>
        <p className="field__hint add-job__group-hint">{t('jobsAdding.form.dateHint')}</p>
        <div className="add-job__row">
          <DraftDate field="postedAt" label={t('jobsAdding.form.postedAt')} className="add-job__cell" />
          <DraftDate field="deadline" label={t('jobsAdding.form.deadline')} className="add-job__cell" />
        </div>
      </Section>
      <Section id="add-job-progress" title={t('jobsAdding.form.groupProgress')}>
        <ProgressFields />
      </Section>
      <Section id="add-job-notes" title={t('jobsAdding.form.groupNotes')}>
        <DraftTextArea field="description" label={t('jobsAdding.form.description')} hint={t('jobsAdding.form.descriptionHint')} rows={8} className="add-job__wide" />
        <DraftTextArea field="notes" label={t('jobsAdding.form.notes')} hint={t('jobsAdding.form.notesHint')} rows={4} className="add-job__wide" />
      </Section>
      <p className="add-job__later">{t('jobsAdding.form.laterHint')}</p>
      <div className="add-job__actions">
        <Button type="submit" variant="primary" icon={<Save />} disabled={saving}>
          {saving ? t('jobsAdding.form.saving') : t('jobsAdding.form.save')}
        </Button>
      </div>
    </form>
  );
}

function EmployerField() {
  const { t } = useTranslation();
  const employer = useAddJob((s) => s.draft.employer);
  const warningId = `${fieldId('employer')}-reapply`;
  return (
    <DraftInput
      field="employer"
      label={t('jobsAdding.form.employer')}
      hint={t('jobsAdding.form.employerHint')}
      className="add-job__wide"
      aria-controls={warningId}
      after={<ReapplyWarning employer={employer} id={warningId} />}
    />
  );
}

function WorkplaceField() {
  const { t } = useTranslation();
  const workplace = useAddJob((s) => s.draft.workplace);
  const filledBy = useAddJob((s) => s.filled.workplace);
  const setField = useAddJob((s) => s.setField);
  const guessed = filledBy === 'high' || filledBy === 'medium' || filledBy === 'low';
  return (
    <div id={fieldId('workplace')}>
      <RadioGroup<Draft['workplace']>
        legend={t('jobsAdding.form.workplace')}
        hint={guessed ? <GuessNote /> : undefined}
        name="add-job-workplace"
        value={workplace}
        onChange={(value) => setField('workplace', value)}
        choices={(['', 'remote', 'hybrid', 'on-site'] as const).map((value) => ({ value, label: t(`jobsAdding.workplaces.${value || 'unknown'}`) }))}
      />
    </div>
  );
}

function ProgressFields() {
  const { t } = useTranslation();
  const stage = useAddJob((s) => s.draft.stage);
  return (
    <>
      <DraftSelect
        field="stage"
        label={t('jobsAdding.form.stage')}
        hint={t('jobsAdding.form.stageHint')}
        className="add-job__medium"
        choices={STAGES.map((s) => ({ value: s, label: t(`jobsAdding.stages.${s}`) }))}
      />
      {stage === 'saved' ? null : <DraftDate field="stageAt" label={t('jobsAdding.form.stageAt')} hint={t('jobsAdding.form.stageAtHint')} />}
      <DraftInput field="nextAction" label={t('jobsAdding.form.nextAction')} hint={t('jobsAdding.form.nextActionHint')} className="add-job__wide" />
      <DraftDate field="nextActionDue" label={t('jobsAdding.form.nextActionDue')} />
    </>
  );
}
