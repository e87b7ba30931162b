import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Check } from 'lucide-react';
import { TEXT_LIMIT } from '../../../../../shared/domain/jobs';
import type { JobRow } from '../../../db/rows';
import { useUpdateJob } from '../state/use-update-job';

/** Notes that save when the user leaves the box, with a "Saved" that screen readers hear too. */
export function NotesSection({ job }: { job: JobRow }) {
  const { t } = useTranslation();
  const update = useUpdateJob();
  const id = useId();
  const [draft, setDraft] = useState(job.notes);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  // Notes changed elsewhere show up, unless the user is typing here.
  const [shown, setShown] = useState(job.notes);
  if (shown !== job.notes && !editing) {
    setShown(job.notes);
    setDraft(job.notes);
  }
  const save = async () => {
    setEditing(false);
    if (draft === job.notes) return;
    setShown(draft);
    setSaved((await update(job, { notes: draft })) !== null);
  };
  return (
    <section className="section job-section" aria-labelledby={`${id}-heading`}>
      <div className="job-section__head">
        <h2 id={`${id}-heading`} className="section__title">
          {t('jobs.notes.title')}
        </h2>
        <span className="job-section__saved" role="status">
          {saved ? (
            <>
              <Check aria-hidden="true" />
              {t('jobs.notes.saved')}
            </>
          ) : null}
        </span>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('jobs.notes.label')}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {t('jobs.notes.hint')}
        </p>
        <textarea
          id={id}
          className="field__input job-notes__input"
          aria-describedby={`${id}-hint`}
          value={draft}
          maxLength={TEXT_LIMIT}
          rows={5}
          onFocus={() => {
            setEditing(true);
            setSaved(false);
          }}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => void save()}
        />
      </div>
    </section>
  );
}
