import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CalendarClock, CalendarPlus } from 'lucide-react';
import { getDb } from '../../../db/career-db';
import { today as todayDate } from '../../../db/clock';
import { addEvent } from '../../../db/events-table';
import type { JobRow } from '../../../db/rows';
import { useLanguage } from '../../../i18n/use-language';
import { Button } from '../../../ui/Button';
import { showFailure, showUndoToast } from '../data/undo-toast';
import { formatMediumDay, occurrenceLabel, occurrenceWhen } from '../dates/format';
import { daysCovered } from '../dates/placement';
import { EventDialog } from '../form/EventDialog';
import { useEventEditor } from '../form/use-event-editor';
import { KindIcon } from '../kinds';
import { occurrencePath } from '../paths';
import { deadlineFields, interviewSeed } from './job-event-seeds';
import { MoveToInterviewing } from './MoveToInterviewing';
import { useJobEvents } from './use-job-events';
import './job-events.css';

/**
 * The job page's "Events": its interviews and other events, "Schedule interview" (a form
 * filled in from the job, then an offer to move it to Interviewing) and, when the job has a
 * deadline not yet on the calendar, "Add deadline to my schedule".
 */
export function JobEventsSection({ job }: { job: JobRow }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const editor = useEventEditor();
  const { value: events, loaded } = useJobEvents(job.id);
  const [offerMove, setOfferMove] = useState(false);
  const deadlineShown = (events ?? []).some((e) => e.event.kind === 'application-deadline' && e.event.start.slice(0, 10) === job.deadline);

  const scheduleInterview = () =>
    editor.open({
      mode: 'new',
      seed: interviewSeed(t, job, todayDate()),
      onSaved: () => setOfferMove(job.stage === 'saved' || job.stage === 'applied'),
    });
  const addDeadline = async () => {
    if (!job.deadline) return;
    try {
      const event = await addEvent(getDb(), deadlineFields(t, job, job.deadline));
      showUndoToast(t, t('schedule.fromJob.deadlineAdded', { date: formatMediumDay(job.deadline, language) }), { put: [], remove: [event.id] });
    } catch (err) {
      showFailure(t('schedule.form.failed', { reason: (err as Error).message }));
    }
  };

  return (
    <section className="section job-section" aria-labelledby={headingId}>
      <div className="job-section__head">
        <h2 id={headingId} className="section__title">
          {t('schedule.fromJob.title')}
        </h2>
      </div>
      {offerMove ? <MoveToInterviewing job={job} onDone={() => setOfferMove(false)} /> : null}
      {loaded && events && events.length > 0 ? (
        <ul className="job-list">
          {events.map(({ event, occurrence, upcoming }) => (
            <li key={event.id} className={`job-list__item event-chip--${event.kind}`}>
              <KindIcon kind={event.kind} className="job-list__icon job-events__icon" />
              <span className="job-list__text">
                <Link className="job-list__name" to={occurrencePath(occurrence)} aria-label={occurrenceLabel(t, occurrence, language)}>
                  {event.title}
                </Link>
                <span className="job-list__meta">
                  {[formatMediumDay(daysCovered(occurrence).first, language), occurrenceWhen(t, occurrence, language), upcoming ? null : t('schedule.fromJob.past')]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
            </li>
          ))}
        </ul>
      ) : loaded ? (
        <p className="job-section__empty">{t('schedule.fromJob.none')}</p>
      ) : null}
      <div className="job-section__buttons">
        <Button icon={<CalendarPlus />} onClick={scheduleInterview}>
          {t('schedule.fromJob.scheduleInterview')}
        </Button>
        {job.deadline && loaded && !deadlineShown ? (
          <Button icon={<CalendarClock />} onClick={() => void addDeadline()}>
            {t('schedule.fromJob.addDeadline')}
          </Button>
        ) : null}
      </div>
      <EventDialog {...editor.dialog} />
    </section>
  );
}
