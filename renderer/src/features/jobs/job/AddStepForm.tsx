import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus } from 'lucide-react';
import type { StageChange, StageId } from '../../../../../shared/domain/jobs';
import { getDb } from '../../../db/career-db';
import { today } from '../../../db/clock';
import type { JobRow } from '../../../db/rows';
import { moveJobToStage } from '../../../db/stage-changes-table';
import { useToasts } from '../../../stores/toasts';
import { Button } from '../../../ui/Button';
import { STAGES, stageLabel } from '../stages';
import { useJobWrite } from '../state/use-update-job';
import { FormField } from './FormField';
import { judgeStepDate } from './step-date';
import { useLanguage } from '../../../i18n/use-language';

/** Adds a step the user forgot or that happened earlier: a stage and the day it happened, in order with the rest. */
export function AddStepForm({ job, steps }: { job: JobRow; steps: readonly StageChange[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const base = useId();
  const write = useJobWrite();
  const [open, setOpen] = useState(false);
  const [stage, setStage] = useState<StageId>('applied');
  const [at, setAt] = useState(today());
  const [error, setError] = useState<string | null>(null);
  // Closing the form puts the focus back on the button that opened it.
  const close = () => {
    setOpen(false);
    setError(null);
    requestAnimationFrame(() => document.getElementById(`${base}-open`)?.focus());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const verdict = judgeStepDate(t, language, steps, { stage, at });
    setError(verdict.problem);
    if (verdict.problem !== null) {
      document.getElementById(`${base}-at`)?.focus();
      return;
    }
    const saved = await write(async () => (await moveJobToStage(getDb(), job.id, stage, { at })).job);
    if (!saved) return;
    const message = [t('jobs.timeline.added', { stage: stageLabel(t, stage) }), verdict.note].filter(Boolean).join(' ');
    useToasts.getState().show({ tone: 'success', message });
    close();
  };
  if (!open) {
    return (
      <Button id={`${base}-open`} variant="quiet" icon={<Plus />} onClick={() => setOpen(true)}>
        {t('jobs.timeline.addStep')}
      </Button>
    );
  }
  return (
    <form
      className="timeline-add"
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <h3 className="timeline-add__title">{t('jobs.timeline.addStep')}</h3>
      <FormField id={`${base}-stage`} label={t('jobs.timeline.stageLabel')}>
        {(props) => (
          <select {...props} autoFocus className="field__input" value={stage} onChange={(event) => setStage(event.target.value as StageId)}>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {stageLabel(t, s)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${base}-at`} label={t('jobs.timeline.whenLabel')} hint={t('jobs.timeline.whenHint')} error={error}>
        {(props) => <input {...props} type="date" className="field__input" value={at} onChange={(event) => setAt(event.target.value)} />}
      </FormField>
      <div className="job-section__buttons">
        <Button type="submit" variant="primary">
          {t('jobs.timeline.addButton')}
        </Button>
        <Button onClick={close}>{t('jobs.form.cancel')}</Button>
      </div>
    </form>
  );
}
