import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarClock, Check, Clock, Pencil, Plus, TriangleAlert } from 'lucide-react';
import { daysBetween } from '../../../../../shared/domain/jobs';
import { today as todayDate } from '../../../db/clock';
import type { JobRow } from '../../../db/rows';
import { useToasts } from '../../../stores/toasts';
import { Button } from '../../../ui/Button';
import { formatDay } from '../format';
import { useJobs } from '../state/jobs-store';
import { UNDO_MS } from '../state/use-move-job';
import { useUpdateJob } from '../state/use-update-job';
import { useLanguage } from '../../../i18n/use-language';
import { FormField } from './FormField';

/** What the user means to do next and by when; "Done" clears it, with Undo. */
export function NextActionSection({ job }: { job: JobRow }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const update = useUpdateJob();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  // Leaving the form puts the focus on the section's first button (Done, or Add a next step).
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => document.getElementById(headingId)?.closest('section')?.querySelector<HTMLElement>('button')?.focus());
  };
  const action = job.nextAction;
  const today = todayDate();
  const days = action?.due ? daysBetween(today, action.due) : null;

  const done = async () => {
    if (!action) return;
    const saved = await update(job, { nextAction: null });
    if (!saved) return;
    useToasts.getState().show({
      tone: 'success',
      message: t('jobs.next.doneToast', { action: action.text }),
      action: { label: t('toast.undo'), run: () => void update(useJobs.getState().byId.get(job.id) ?? saved, { nextAction: action }) },
      timeoutMs: UNDO_MS,
    });
  };

  return (
    <section className="section job-section" aria-labelledby={headingId}>
      <div className="job-section__head">
        <h2 id={headingId} className="section__title">
          {t('jobs.next.title')}
        </h2>
      </div>
      {editing ? (
        <NextActionForm job={job} onDone={stopEditing} />
      ) : action ? (
        <>
          <p className={`job-next${days !== null && days < 0 ? ' job-next--overdue' : ''}`}>
            <span className="job-next__text">{action.text}</span>
            {days === null ? null : days < 0 ? (
              <span className="job-next__due">
                <TriangleAlert aria-hidden="true" />
                {t('jobs.next.overdue', { date: formatDay(action.due, language, 'long'), count: -days })}
              </span>
            ) : days === 0 ? (
              <span className="job-next__due job-next__due--today">
                <Clock aria-hidden="true" />
                {t('jobs.next.today')}
              </span>
            ) : (
              <span className="job-next__due">
                <CalendarClock aria-hidden="true" />
                {t('jobs.next.due', { date: formatDay(action.due, language, 'long') })}
              </span>
            )}
          </p>
          <div className="job-section__buttons">
            <Button icon={<Check />} onClick={() => void done()}>
              {t('jobs.next.done')}
            </Button>
            <Button variant="quiet" icon={<Pencil />} onClick={() => setEditing(true)}>
              {t('jobs.next.change')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <p className="job-section__empty">{t('jobs.next.none')}</p>
          <Button icon={<Plus />} onClick={() => setEditing(true)}>
            {t('jobs.next.add')}
          </Button>
        </>
      )}
    </section>
  );
}

function NextActionForm({ job, onDone }: { job: JobRow; onDone(): void }) {
  const { t } = useTranslation();
  const update = useUpdateJob();
  const base = useId();
  const [text, setText] = useState(job.nextAction?.text ?? '');
  const [due, setDue] = useState(job.nextAction?.due ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError(t('jobs.next.textRequired'));
      document.getElementById(`${base}-text`)?.focus();
      return;
    }
    if (await update(job, { nextAction: { text: text.trim(), due: due || null } })) onDone();
  };
  return (
    <form
      className="job-next-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <FormField id={`${base}-text`} label={t('jobs.next.textLabel')} hint={t('jobs.next.textHint')} error={error}>
        {(props) => <input {...props} className="field__input" value={text} autoFocus onChange={(event) => setText(event.target.value)} />}
      </FormField>
      <FormField id={`${base}-due`} label={t('jobs.next.dueLabel')} hint={t('jobs.next.dueHint')}>
        {(props) => <input {...props} type="date" className="field__input" value={due} onChange={(event) => setDue(event.target.value)} />}
      </FormField>
      <div className="job-section__buttons">
        <Button type="submit" variant="primary">
          {t('jobs.next.save')}
        </Button>
        <Button onClick={onDone}>{t('jobs.form.cancel')}</Button>
      </div>
    </form>
  );
}
