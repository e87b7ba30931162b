import { Navigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ArrowLeft, SearchX } from 'lucide-react';
import { localDateOf } from '../../../../../shared/domain/jobs';
import { PageHeader } from '../../../ui/PageHeader';
import { eventPath, lastScheduleView, viewPath } from '../paths';
import { EventActions } from './EventActions';
import { EventDetails } from './EventDetails';
import { OutcomeControl } from './OutcomeControl';
import { useEventOccurrence } from './use-event-occurrence';
import { ButtonLink } from '../../../ui/ButtonLink';
import './event-page.css';

/** #/schedule/event/<id>[?at=<start>]: one event, or one occurrence of a series, with everything about it. */
export function EventPage() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const [search] = useSearchParams();
  const at = search.get('at');
  const { value, loaded, error, retry } = useEventOccurrence(eventId, at);
  const day = value?.occurrence ? localDateOf(new Date(value.occurrence.startUtc)) : null;
  const back = (
    <ButtonLink variant="quiet" className="event-page__back" to={viewPath(lastScheduleView(), day ?? localDateOf(new Date()))} icon={<ArrowLeft />}>
      {t('schedule.event.back')}
    </ButtonLink>
  );
  if (error) {
    return (
      <div className="page event-page">
        {back}
        <PageHeader title={t('schedule.event.loadFailedTitle')} />
        <p role="alert">{t('schedule.loadFailed', { reason: error })}</p>
        <button type="button" className="btn btn--secondary" onClick={retry}>
          {t('schedule.tryAgain')}
        </button>
      </div>
    );
  }
  if (!loaded || !value) return <p role="status" className="page">{t('schedule.loading')}</p>;
  // The occurrence was edited on its own: its page is the record that holds it now.
  if (value.movedTo) return <Navigate to={eventPath(value.movedTo.id)} replace />;
  const { event, occurrence } = value;
  if (!event || !occurrence) {
    return (
      <div className="page event-page">
        {back}
        <PageHeader title={t('schedule.event.notFoundTitle')} />
        <p className="event-page__missing">
          <SearchX aria-hidden="true" />
          {event ? t('schedule.event.occurrenceGone') : t('schedule.event.notFoundBody')}
        </p>
      </div>
    );
  }
  return (
    <div className="page event-page">
      {back}
      <PageHeader title={event.title} intro={t(`schedule.kinds.${event.kind}`)} action={<EventActions event={event} occurrence={occurrence} />} />
      <EventDetails event={event} occurrence={occurrence} />
      <OutcomeControl event={event} occurrence={occurrence} />
    </div>
  );
}
