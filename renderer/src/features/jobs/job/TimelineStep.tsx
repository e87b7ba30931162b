import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import type { StageChange } from '../../../../../shared/domain/jobs';
import { StageBadge } from '../components/StageBadge';
import { formatDay } from '../format';
import { stageLabel } from '../stages';
import { useLanguage } from '../../../i18n/use-language';

export interface TimelineStepProps {
  step: StageChange;
  /** The step that sets the job's stage now. */
  latest: boolean;
  canRemove: boolean;
  /** Saves a date typed for this step; returns what is wrong with it instead (not a day, in the future, out of order), or null. */
  onDate(at: string): string | null;
  onRemove(): void;
}

/** One step: its stage, its date (a date box that saves when the user leaves it), its note, and Remove. */
export function TimelineStep({ step, latest, canRemove, onDate, onRemove }: TimelineStepProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [draft, setDraft] = useState(step.at);
  const [shown, setShown] = useState(step.at);
  const [error, setError] = useState<string | null>(null);
  if (shown !== step.at) {
    setShown(step.at);
    setDraft(step.at);
  }
  const commit = () => {
    if (draft === step.at) return setError(null);
    setError(onDate(draft));
  };
  const stage = stageLabel(t, step.stage);
  return (
    <li className={`timeline__step stage--${step.stage}${latest ? ' timeline__step--latest' : ''}`}>
      <div className="timeline__marker" aria-hidden="true" />
      <div className="timeline__body">
        <div className="timeline__head">
          <StageBadge stage={step.stage} />
          <span className="timeline__when">{formatDay(step.at, language, 'long')}</span>
          {latest ? <span className="timeline__now">{t('jobs.timeline.now')}</span> : null}
        </div>
        {step.note ? <p className="timeline__note">{step.note}</p> : null}
        {step.dateUnknown ? <p className="field__hint">{t('jobs.timeline.dateUnknown')}</p> : null}
        <div className={`timeline__edit${error ? ' field--error' : ''}`}>
          <label htmlFor={id} className="timeline__label">
            {t('jobs.timeline.dateLabel', { stage })}
          </label>
          {error ? (
            <p className="field__error" id={`${id}-error`}>
              {error}
            </p>
          ) : null}
          <div className="timeline__controls">
            <input
              id={id}
              type="date"
              className="field__input timeline__date"
              value={draft}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(event) => setDraft(event.target.value)}
              onBlur={commit}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  commit();
                }
              }}
            />
            {canRemove ? (
              <button type="button" className="timeline__remove" onClick={onRemove}>
                <X aria-hidden="true" />
                <span>{t('jobs.timeline.remove')}</span>
                <span className="visually-hidden">{t('jobs.timeline.removeWhich', { stage, date: formatDay(step.at, language) })}</span>
              </button>
            ) : null}
          </div>
        </div>
      </div>
    </li>
  );
}
