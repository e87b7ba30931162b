import { useCallback } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Bell, Briefcase, Clock, Contact, ExternalLink, MapPin, Repeat, StickyNote } from 'lucide-react';
import { defaultTimeZone, type Occurrence, type ScheduleEvent } from '../../../../../shared/domain/schedule';
import { getDb } from '../../../db/career-db';
import { useLanguage } from '../../../i18n/use-language';
import { useLiveQuery } from '../../contacts/shared/use-live-query';
import { describeRepeat } from '../dates/describe-repeat';
import { formatLead, formatLongDay, occurrenceWhen } from '../dates/format';
import { daysCovered } from '../dates/placement';
import { zoneName } from '../form/WhenFields';

/** The time as the event's own zone has it, when that is not this computer's: "10:00 AM in America / New York". */
function zoneNote(occurrence: Occurrence, language: string): { time: string; zone: string } | null {
  if (occurrence.allDay || occurrence.timeZone === defaultTimeZone()) return null;
  const format = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', timeZone: occurrence.timeZone });
  return { time: format.formatRange(occurrence.startUtc, occurrence.endUtc), zone: zoneName(occurrence.timeZone) };
}

/** Everything about one occurrence: when (and in which zone), repeats, where, its job and contact, reminders and notes. */
export function EventDetails({ event, occurrence }: { event: ScheduleEvent; occurrence: Occurrence }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const links = useLiveQuery(
    useCallback(async () => {
      const db = getDb();
      const [job, contact] = await Promise.all([event.jobId ? db.jobs.get(event.jobId) : undefined, event.contactId ? db.contacts.get(event.contactId) : undefined]);
      return { job, contact };
    }, [event.jobId, event.contactId]),
  ).value;
  const { first } = daysCovered(occurrence);
  const repeat = describeRepeat(t, event, language) ?? (event.override ? t('schedule.event.changedOccurrence') : null);
  const elsewhere = zoneNote(occurrence, language);
  return (
    <dl className="event-details">
      <div className="event-details__row">
        <dt>
          <Clock aria-hidden="true" />
          {t('schedule.event.when')}
        </dt>
        <dd>
          <span className="event-details__day">{formatLongDay(first, language, true)}</span>
          <span>{occurrenceWhen(t, occurrence, language)}</span>
          {elsewhere ? <span className="event-details__zone">{t('schedule.event.inZone', elsewhere)}</span> : null}
        </dd>
      </div>
      {repeat ? (
        <div className="event-details__row">
          <dt>
            <Repeat aria-hidden="true" />
            {t('schedule.event.repeats')}
          </dt>
          <dd>{repeat}</dd>
        </div>
      ) : null}
      {event.location ? (
        <div className="event-details__row">
          <dt>
            <MapPin aria-hidden="true" />
            {t('schedule.event.where')}
          </dt>
          <dd className="event-details__text">{event.location}</dd>
        </div>
      ) : null}
      {event.url ? (
        <div className="event-details__row">
          <dt>
            <ExternalLink aria-hidden="true" />
            {t('schedule.event.link')}
          </dt>
          <dd>
            <a href={event.url} target="_blank" rel="noreferrer noopener" className="event-details__text">
              {event.url}
            </a>
          </dd>
        </div>
      ) : null}
      {links?.job ? (
        <div className="event-details__row">
          <dt>
            <Briefcase aria-hidden="true" />
            {t('schedule.event.job')}
          </dt>
          <dd>
            <Link to={`/jobs/${links.job.id}`}>{links.job.employer ? `${links.job.title} — ${links.job.employer}` : links.job.title}</Link>
          </dd>
        </div>
      ) : null}
      {links?.contact ? (
        <div className="event-details__row">
          <dt>
            <Contact aria-hidden="true" />
            {t('schedule.event.contact')}
          </dt>
          <dd>
            <Link to={`/contacts/${links.contact.id}`}>{links.contact.name}</Link>
          </dd>
        </div>
      ) : null}
      <div className="event-details__row">
        <dt>
          <Bell aria-hidden="true" />
          {t('schedule.event.reminders')}
        </dt>
        <dd>
          {event.reminders.length === 0
            ? t('schedule.event.noReminders')
            : new Intl.ListFormat(language).format(event.reminders.map((m) => (m === 0 ? formatLead(t, 0) : t('schedule.form.before', { lead: formatLead(t, m) }))))}
        </dd>
      </div>
      {event.notes ? (
        <div className="event-details__row">
          <dt>
            <StickyNote aria-hidden="true" />
            {t('schedule.event.notes')}
          </dt>
          <dd className="event-details__text event-details__notes">{event.notes}</dd>
        </div>
      ) : null}
    </dl>
  );
}
