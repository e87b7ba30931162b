import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import { SCHEDULE_VIEWS, viewPath, type ScheduleView } from '../paths';

export interface ScheduleToolbarProps {
  view: ScheduleView;
  title: string;
  /** The day a view switch keeps in view (the keyboard's day). */
  cursor: CalendarDate;
  previous: CalendarDate;
  next: CalendarDate;
  today: CalendarDate;
  onToday(): void;
}

/** Today, previous and next, the range shown (announced when it changes) and the view switch. */
export function ScheduleToolbar({ view, title, cursor, previous, next, today, onToday }: ScheduleToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="schedule-toolbar">
      <div className="schedule-toolbar__move">
        <button type="button" className="btn btn--secondary" onClick={onToday} aria-keyshortcuts="T" title={t('schedule.toolbar.todayHint')}>
          {t('schedule.toolbar.today')}
        </button>
        <Link className="btn btn--secondary schedule-toolbar__arrow" to={viewPath(view, previous)} aria-label={t(`schedule.toolbar.previous.${view}`)}>
          <ChevronLeft aria-hidden="true" />
        </Link>
        <Link className="btn btn--secondary schedule-toolbar__arrow" to={viewPath(view, next)} aria-label={t(`schedule.toolbar.next.${view}`)}>
          <ChevronRight aria-hidden="true" />
        </Link>
        <h2 className="schedule-toolbar__title" aria-live="polite">
          {title}
        </h2>
      </div>
      <nav className="schedule-toolbar__views" aria-label={t('schedule.toolbar.views')}>
        {SCHEDULE_VIEWS.map((choice) => (
          <Link
            key={choice}
            className={`schedule-toolbar__view${choice === view ? ' schedule-toolbar__view--current' : ''}`}
            to={viewPath(choice, choice === 'agenda' && cursor === today ? '' : cursor)}
            aria-current={choice === view ? 'page' : undefined}
          >
            {t(`schedule.views.${choice}`)}
          </Link>
        ))}
      </nav>
    </div>
  );
}
