import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { Occurrence } from '../../../../../shared/domain/schedule';
import { useLanguage } from '../../../i18n/use-language';
import { formatShortTime, occurrenceLabel } from '../dates/format';
import { occurrenceKey } from '../dates/placement';
import { KindIcon } from '../kinds';
import { occurrencePath } from '../paths';

/** Chips a day shows before "+N more" (the rest are one click away, in the day view). */
const MAX_CHIPS = 3;

export interface MonthCellProps {
  day: CalendarDate;
  inMonth: boolean;
  isToday: boolean;
  /** The roving Tab stop: only the selected day (and its chips) can be tabbed to. */
  active: boolean;
  occurrences: readonly Occurrence[];
  label: string;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onClick(event: MouseEvent<HTMLElement>): void;
  onFocus(event: FocusEvent<HTMLElement>): void;
  onOpenDay(): void;
}

/** One day of the month grid: its number, up to three events, and "+N more". */
export function MonthCell({ day, inMonth, isToday, active, occurrences, label, onKeyDown, onClick, onFocus, onOpenDay }: MonthCellProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const shown = occurrences.length > MAX_CHIPS ? occurrences.slice(0, MAX_CHIPS - 1) : occurrences;
  const hidden = occurrences.length - shown.length;
  const classes = ['month__cell', inMonth ? '' : 'month__cell--outside', isToday ? 'month__cell--today' : ''].filter(Boolean).join(' ');
  return (
    <div
      role="gridcell"
      className={classes}
      data-date={day}
      tabIndex={active ? 0 : -1}
      aria-label={label}
      aria-current={isToday ? 'date' : undefined}
      aria-selected={active}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocus(event);
      }}
    >
      <span className="month__number" aria-hidden="true" onClick={onOpenDay}>
        {Number(day.slice(8, 10))}
      </span>
      {shown.length > 0 ? (
        <ul className="month__chips">
          {shown.map((occurrence) => (
            <li key={occurrenceKey(occurrence)}>
              {/* A plain link to the hash route: a month shows up to a hundred of them, and the router follows hash changes itself. */}
              <a
                className={`event-chip event-chip--${occurrence.event.kind}${occurrence.event.outcome === 'cancelled' ? ' event-chip--cancelled' : ''}`}
                href={`#${occurrencePath(occurrence)}`}
                tabIndex={active ? 0 : -1}
                aria-label={occurrenceLabel(t, occurrence, language)}
              >
                <KindIcon kind={occurrence.event.kind} className="event-chip__icon" />
                {occurrence.allDay ? null : <span className="event-chip__time">{formatShortTime(occurrence.startUtc, language)}</span>}
                <span className="event-chip__title">{occurrence.event.title}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {hidden > 0 ? (
        <button type="button" className="month__more" tabIndex={active ? 0 : -1} onClick={onOpenDay}>
          {t('schedule.month.more', { count: hidden })}
        </button>
      ) : null}
    </div>
  );
}
