import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageChange } from '../../../../../shared/domain/jobs';
import { getDb } from '../../../db/career-db';
import type { JobRow } from '../../../db/rows';
import { deleteStageChange, editStageChange, getTimeline } from '../../../db/stage-changes-table';
import { useToasts } from '../../../stores/toasts';
import { stageLabel } from '../stages';
import { restoreStageChange } from '../state/timeline-restore';
import { useLive } from '../state/use-live';
import { UNDO_MS } from '../state/use-move-job';
import { useJobWrite } from '../state/use-update-job';
import { AddStepForm } from './AddStepForm';
import { judgeStepDate } from './step-date';
import { TimelineStep } from './TimelineStep';
import { useLanguage } from '../../../i18n/use-language';

/**
 * Every stage change with its date, oldest first: the answer to "any updates?". Each date
 * can be corrected ("I applied last Tuesday"); a step added by mistake can be removed, with Undo.
 */
export function TimelineSection({ job }: { job: JobRow }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const write = useJobWrite();
  const { value: steps, error } = useLive(() => getTimeline(getDb(), job.id), [job.id]);
  const db = getDb();

  // Checked here, where the whole history is known; the problem goes back to the date box.
  const changeDate = (step: StageChange, at: string): string | null => {
    const verdict = judgeStepDate(t, language, steps ?? [], { id: step.id, stage: step.stage, at });
    if (verdict.problem !== null) return verdict.problem;
    void write(async () => (await editStageChange(db, step.id, { at })).job).then((saved) => {
      if (!saved) return;
      const message = [t('jobs.timeline.dateSaved', { stage: stageLabel(t, step.stage) }), verdict.note].filter(Boolean).join(' ');
      useToasts.getState().show({ tone: 'success', message });
    });
    return null;
  };
  const remove = async (step: StageChange) => {
    const saved = await write(async () => (await deleteStageChange(db, step.id)).job);
    if (!saved) return;
    // The step (and its Remove button) is gone: the focus goes to the history's heading.
    document.getElementById(headingId)?.focus();
    const undo = async () => {
      await write(() => restoreStageChange(db, step));
    };
    useToasts.getState().show({
      tone: 'info',
      message: t('jobs.timeline.removed', { stage: stageLabel(t, step.stage) }),
      action: { label: t('toast.undo'), run: () => void undo() },
      timeoutMs: UNDO_MS,
    });
  };

  return (
    <section className="section job-section" aria-labelledby={headingId}>
      <div className="job-section__head">
        <h2 id={headingId} className="section__title" tabIndex={-1}>
          {t('jobs.timeline.title')}
        </h2>
      </div>
      <p className="field__hint">{t('jobs.timeline.hint')}</p>
      {error ? <p role="alert">{t('jobs.timeline.loadFailed', { reason: error.message })}</p> : null}
      {steps ? (
        <ol className="timeline">
          {steps.map((step, index) => (
            <TimelineStep
              key={step.id}
              step={step}
              latest={index === steps.length - 1}
              canRemove={steps.length > 1}
              onDate={(at) => changeDate(step, at)}
              onRemove={() => void remove(step)}
            />
          ))}
        </ol>
      ) : (
        <p role="status">{t('jobs.page.loading')}</p>
      )}
      <AddStepForm job={job} steps={steps ?? []} />
    </section>
  );
}
