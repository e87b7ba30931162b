import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CalendarDays, CalendarPlus } from 'lucide-react';
import { addDays, localDateOf, type CalendarDate } from '../../../../shared/domain/jobs';
import { defaultTimeZone, type Occurrence } from '../../../../shared/domain/schedule';
import { useLanguage } from '../../i18n/use-language';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/PageHeader';
import { localMidnight } from '../schedule/dates/calendar-math';
import { formatLongDay, occurrenceLabel, occurrenceWhen } from '../schedule/dates/format';
import { daysCovered, occurrenceKey } from '../schedule/dates/placement';
import { useOccurrences } from '../schedule/data/use-occurrences';
import { EventDialog } from '../schedule/form/EventDialog';
import { useEventEditor } from '../schedule/form/use-event-editor';
import { KindIcon } from '../schedule/kinds';
import { useNow } from '../schedule/page/use-now';
import { agendaPath, occurrencePath } from '../schedule/paths';
import './upcoming.css';
import { ButtonLink } from '../../ui/ButtonLink';

/** How many days "Upcoming" looks ahead, today included. */
const DAYS = 7;

/** The days of the next week with their events, today first; events that have already ended today are left out. */
function byDay(occurrences: readonly Occurrence[], today: CalendarDate, now: number): Array<{ day: CalendarDate; items: Occurrence[] }> {
  const days: Array<{ day: CalendarDate; items: Occurrence[] }> = [];
  for (const occurrence of occurrences) {
    if (!occurrence.allDay && occurrence.endUtc < now) continue;
    const first = daysCovered(occurrence).first;
    const day = first < today ? today : first;
    const group = days.find((d) => d.day === day);
    if (group) group.items.push(occurrence);
    else days.push({ day, items: [occurrence] });
  }
  return days.sort((a, b) => (a.day < b.day ? -1 : 1));
}

/** Home's first widget: the next seven days of the schedule, or a first step when nothing is planned. */
export function UpcomingEvents() {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  const today = localDateOf(new Date(now));
  const { occurrences, loaded } = useOccurrences(localMidnight(today), localMidnight(addDays(today, DAYS)));
  const days = useMemo(() => byDay(occurrences, today, now), [occurrences, today, now]);
  const editor = useEventEditor();
  const add = () => editor.open({ mode: 'new', seed: { start: `${addDays(today, 1)}T09:00`, timeZone: defaultTimeZone(), kind: 'job-centre-appointment' } });
  const dayName = (day: CalendarDate) =>
    day === today ? t('schedule.upcoming.today') : day === addDays(today, 1) ? t('schedule.upcoming.tomorrow') : formatLongDay(day, language);

  return (
    <Section id="upcoming" title={<span className="upcoming__title"><CalendarDays aria-hidden="true" />{t('schedule.upcoming.title')}</span>}>
      {!loaded ? (
        <p role="status">{t('schedule.loading')}</p>
      ) : days.length === 0 ? (
        <div className="upcoming__empty">
          <p>{t('schedule.upcoming.empty')}</p>
          <Button variant="primary" icon={<CalendarPlus />} onClick={add}>
            {t('schedule.upcoming.add')}
          </Button>
        </div>
      ) : (
        <ol className="upcoming__days">
          {days.map(({ day, items }) => (
            <li key={day}>
              <h3 className="upcoming__day">{dayName(day)}</h3>
              <ul className="upcoming__events">
                {items.map((occurrence) => (
                  <li key={occurrenceKey(occurrence)} className={`upcoming__event event-chip--${occurrence.event.kind}`}>
                    <KindIcon kind={occurrence.event.kind} className="upcoming__icon" />
                    <span className="upcoming__when">{occurrenceWhen(t, occurrence, language)}</span>
                    <Link to={occurrencePath(occurrence)} aria-label={occurrenceLabel(t, occurrence, language)}>
                      {occurrence.event.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {loaded && days.length > 0 ? (
        <ButtonLink variant="secondary" to={agendaPath()}>
          {t('schedule.upcoming.seeAll')}
        </ButtonLink>
      ) : null}
      <EventDialog {...editor.dialog} />
    </Section>
  );
}
