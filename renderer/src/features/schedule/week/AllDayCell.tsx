import type { KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { Occurrence } from '../../../../../shared/domain/schedule';
import { useLanguage } from '../../../i18n/use-language';
import { occurrenceLabel } from '../dates/format';
import { occurrenceKey } from '../dates/placement';
import { KindIcon } from '../kinds';
import { occurrencePath } from '../paths';

export interface AllDayCellProps {
  day: CalendarDate;
  occurrences: readonly Occurrence[];
  active: boolean;
  focusable: boolean;
  isToday: boolean;
  label: string;
  onCellKey(event: KeyboardEvent<HTMLDivElement>): void;
  onEventKey(event: KeyboardEvent<HTMLAnchorElement>, occurrence: Occurrence): void;
  onCreate(): void;
  onFocusCell(): void;
}

/** A day's all-day events at the top of the week and day views (deadlines, job fairs, workshops over several days). */
export function AllDayCell({ day, occurrences, active, focusable, isToday, label, onCellKey, onEventKey, onCreate, onFocusCell }: AllDayCellProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div
      role="gridcell"
      className={`time-allday${isToday ? ' time-allday--today' : ''}`}
      data-cell={`${day}|allday`}
      tabIndex={focusable ? 0 : -1}
      aria-label={label}
      aria-selected={focusable}
      onKeyDown={(event) => {
        if (event.target === event.currentTarget) onCellKey(event);
      }}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusCell();
      }}
      onClick={(event) => {
        if (!(event.target as HTMLElement).closest('a')) onCreate();
      }}
    >
      {occurrences.map((occurrence) => {
        const key = occurrenceKey(occurrence);
        return (
          <Link
            key={key}
            className={`event-chip event-chip--${occurrence.event.kind}${occurrence.event.outcome === 'cancelled' ? ' event-chip--cancelled' : ''}`}
            to={occurrencePath(occurrence)}
            tabIndex={active ? 0 : -1}
            aria-label={occurrenceLabel(t, occurrence, language)}
            aria-describedby="schedule-move-hint"
            data-event-key={key}
            onKeyDown={(event) => onEventKey(event, occurrence)}
          >
            <KindIcon kind={occurrence.event.kind} className="event-chip__icon" />
            <span className="event-chip__title">{occurrence.event.title}</span>
          </Link>
        );
      })}
    </div>
  );
}
