import { useEffect, useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CalendarPlus } from 'lucide-react';
import { localDateOf, type CalendarDate } from '../../../../../shared/domain/jobs';
import { defaultTimeZone } from '../../../../../shared/domain/schedule';
import { useLanguage } from '../../../i18n/use-language';
import { Button } from '../../../ui/Button';
import { PageHeader } from '../../../ui/PageHeader';
import { weekStartFor } from '../dates/calendar-math';
import { useMoveOccurrence } from '../data/use-move-occurrence';
import { useOccurrences } from '../data/use-occurrences';
import { EventDialog } from '../form/EventDialog';
import { timeText } from '../form/event-draft';
import { useEventEditor } from '../form/use-event-editor';
import { IcsTools } from '../ics/IcsTools';
import { NotificationOffer } from '../reminders/NotificationOffer';
import { parseScheduleRoute, rememberScheduleView, viewPath, type ScheduleRoute } from '../paths';
import { ScheduleBody } from './ScheduleBody';
import { useScheduleUi } from './schedule-store';
import { ScheduleToolbar } from './ScheduleToolbar';
import { usePageKeys } from './use-page-keys';
import { useNow } from './use-now';
import { viewRange } from './view-range';
import { viewTitle } from './view-title';
import './schedule.css';
import { ButtonLink } from '../../../ui/ButtonLink';

/** #/schedule/<view>/<date>: the month, week, day or agenda, or a message for an address that names none. */
export function SchedulePage() {
  const { t } = useTranslation();
  const { view, date } = useParams();
  const now = useNow();
  const today = localDateOf(new Date(now));
  const route = useMemo(() => parseScheduleRoute(view, date, today), [view, date, today]);
  if (!route) {
    return (
      <div className="page">
        <PageHeader title={t('schedule.badAddressTitle')} />
        <p>{t('schedule.badAddressBody')}</p>
        <ButtonLink variant="primary" to={viewPath('month', today)}>
          {t('schedule.goToToday')}
        </ButtonLink>
      </div>
    );
  }
  return <ScheduleView route={route} today={today} now={now} />;
}

function ScheduleView({ route, today, now }: { route: ScheduleRoute; today: CalendarDate; now: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const weekStart = weekStartFor(language);
  const range = useMemo(() => viewRange(route, weekStart), [route, weekStart]);
  const { occurrences, loaded, error, retry } = useOccurrences(range.fromUtc, range.toUtc);
  const editor = useEventEditor();
  const move = useMoveOccurrence();
  const stored = useScheduleUi((s) => s.cursor);
  useEffect(() => rememberScheduleView(route.view), [route.view]);

  // The month view shows a few days of the months around it, but a day there belongs to its own month's page.
  const shows = (day: CalendarDate) => (route.view === 'month' ? day.startsWith(route.anchor.slice(0, 7)) : day >= range.first && day <= range.last);
  const cursor = stored && shows(stored) ? stored : shows(today) ? today : route.anchor;
  const goTo = (day: CalendarDate) => {
    useScheduleUi.getState().moveCursor(day, true);
    if (!shows(day)) void navigate(viewPath(route.view, day));
  };
  const create = (day: CalendarDate, minutes: number | null) =>
    editor.open({ mode: 'new', seed: { start: minutes === null ? day : `${day}T${timeText(minutes)}`, timeZone: defaultTimeZone() } });
  const createAtCursor = () => {
    // Today: the next whole hour; another day: 9 in the morning.
    const hour = cursor === today ? Math.min(23, new Date(now).getHours() + 1) : 9;
    create(cursor, hour * 60);
  };
  usePageKeys({ today: () => goTo(today), create: createAtCursor });

  return (
    <div className="page schedule-page">
      <PageHeader
        title={t('schedule.title')}
        intro={t('schedule.intro')}
        action={
          <Button variant="primary" icon={<CalendarPlus />} onClick={createAtCursor} aria-keyshortcuts="N">
            {t('schedule.newEvent')}
          </Button>
        }
      />
      <ScheduleToolbar view={route.view} title={viewTitle(t, route, range, language)} cursor={cursor} previous={range.previous} next={range.next} today={today} onToday={() => goTo(today)} />
      <div className="schedule-page__bar">
        <IcsTools range={range} />
        <details className="schedule-help">
          <summary>{t('schedule.help')}</summary>
          <p id="schedule-keys-hint">{t(`schedule.keys.${route.view}`)}</p>
          <p id="ics-drop-hint">{t('schedule.import.dropHint')}</p>
        </details>
      </div>
      <NotificationOffer />
      <p id="schedule-move-hint" className="visually-hidden">
        {t('schedule.week.moveHint')}
      </p>
      {error ? (
        <div role="alert" className="schedule-page__error">
          <p>{t('schedule.loadFailed', { reason: error })}</p>
          <Button onClick={retry}>{t('schedule.tryAgain')}</Button>
        </div>
      ) : null}
      <ScheduleBody
        route={route}
        range={range}
        today={today}
        now={now}
        weekStart={weekStart}
        occurrences={occurrences}
        loaded={loaded}
        onCursor={goTo}
        onOpenDay={(day) => {
          useScheduleUi.getState().moveCursor(day, true);
          void navigate(viewPath('day', day));
        }}
        onCreate={create}
        onChange={move}
        onNew={createAtCursor}
      />
      <EventDialog {...editor.dialog} />
    </div>
  );
}
