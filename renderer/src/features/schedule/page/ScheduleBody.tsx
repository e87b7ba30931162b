import { useTranslation } from 'react-i18next';
import { CalendarPlus } from 'lucide-react';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { Occurrence } from '../../../../../shared/domain/schedule';
import { Button } from '../../../ui/Button';
import { AgendaView } from '../agenda/AgendaView';
import { MonthView } from '../month/MonthView';
import type { ScheduleRoute } from '../paths';
import { TimeGrid, type TimeGridProps } from '../week/TimeGrid';
import type { ViewRange } from './view-range';

export interface ScheduleBodyProps {
  route: ScheduleRoute;
  range: ViewRange;
  today: CalendarDate;
  now: number;
  weekStart: number;
  occurrences: readonly Occurrence[];
  loaded: boolean;
  onCursor(day: CalendarDate): void;
  onOpenDay(day: CalendarDate): void;
  onCreate(day: CalendarDate, minutes: number | null): void;
  onChange: TimeGridProps['onChange'];
  onNew(): void;
}

/** The view the address asks for. Until the first read answers, a line says it is loading (the grid comes after). */
export function ScheduleBody({ route, range, today, now, weekStart, occurrences, loaded, onCursor, onOpenDay, onCreate, onChange, onNew }: ScheduleBodyProps) {
  const { t } = useTranslation();
  if (!loaded) return <p role="status">{t('schedule.loading')}</p>;
  const complete = { 'data-complete': 'true' };
  if (route.view === 'month') {
    return (
      <div className="schedule-page__view" {...complete}>
        <MonthView
          month={route.anchor.slice(0, 7)}
          weekStart={weekStart}
          today={today}
          occurrences={occurrences}
          onCursor={onCursor}
          onOpenDay={onOpenDay}
          onCreate={(day) => onCreate(day, 9 * 60)}
        />
      </div>
    );
  }
  if (route.view === 'agenda') {
    return (
      <div className="schedule-page__view" {...complete}>
        {occurrences.length === 0 ? (
          <div className="schedule-page__empty">
            <p>{t('schedule.agenda.empty')}</p>
            <Button icon={<CalendarPlus />} onClick={onNew}>
              {t('schedule.newEvent')}
            </Button>
          </div>
        ) : (
          <AgendaView from={range.first} to={range.last} today={today} occurrences={occurrences} />
        )}
      </div>
    );
  }
  return (
    <div className="schedule-page__view" {...complete}>
      <TimeGrid
        grid={route.view === 'week' ? 'week' : 'day'}
        days={range.days}
        weekStart={weekStart}
        today={today}
        nowMs={now}
        occurrences={occurrences}
        onCursor={onCursor}
        onOpenDay={onOpenDay}
        onCreate={onCreate}
        onChange={onChange}
      />
    </div>
  );
}
