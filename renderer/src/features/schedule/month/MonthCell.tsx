import { memo, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { TFunction } from 'i18next';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { Occurrence } from '../../../../../shared/domain/schedule';
import { formatLongDay, formatShortTime, occurrenceLabel } from '../dates/format';
import { label } from '../../../i18n/label-templates';
import { occurrenceKey } from '../dates/placement';
import { KindIcon } from '../kinds';
import { occurrencePath } from '../paths';

/** Chips a day shows before "+N more" (the rest are one click away, in the day view). */
const MAX_CHIPS = 3;

/** What a day does with the keyboard and mouse; one object for the whole month, so cells can skip re-rendering. */
export interface MonthCellActions {
  onKeyDown(event: KeyboardEvent<HTMLElement>, day: CalendarDate): void;
  onClick(event: MouseEvent<HTMLElement>, day: CalendarDate): void;
  onFocus(event: FocusEvent<HTMLElement>, day: CalendarDate): void;
  onOpenDay(day: CalendarDate): void;
}

export interface MonthCellProps {
  day: CalendarDate;
  inMonth: boolean;
  isToday: boolean;
  /** The roving Tab stop: only the selected day (and its chips) can be tabbed to. */
  active: boolean;
  occurrences: readonly Occurrence[];
  actions: MonthCellActions;
  // The month's translation and language, handed down: a translation hook in each of 42
  // cells costs more on the first render than everything else a cell does.
  t: TFunction;
  language: string;
}

/**
 * One day of the month grid: its number, up to three events, and "+N more". Memoised: when
 * the keyboard moves, only the day it left and the day it reached draw again.
 */
export const MonthCell = memo(function MonthCell({ day, inMonth, isToday, active, occurrences, actions, t, language }: MonthCellProps) {
  const shown = occurrences.length > MAX_CHIPS ? occurrences.slice(0, MAX_CHIPS - 1) : occurrences;
  const hidden = occurrences.length - shown.length;
  const classes = ['month__cell', inMonth ? '' : 'month__cell--outside', isToday ? 'month__cell--today' : ''].filter(Boolean).join(' ');
  return (
    <div
      role="gridcell"
      className={classes}
      data-date={day}
      tabIndex={active ? 0 : -1}
      aria-label={label(t, 'schedule.month.cellLabel', { date: formatLongDay(day, language, true) }, { count: occurrences.length })}
      aria-current={isToday ? 'date' : undefined}
      aria-selected={active}
      onKeyDown={(event) => actions.onKeyDown(event, day)}
      onClick={(event) => actions.onClick(event, day)}
      onFocus={(event) => {
        if (event.target === event.currentTarget) actions.onFocus(event, day);
      }}
    >
      <span className="month__number" aria-hidden="true" onClick={() => actions.onOpenDay(day)}>
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
        <button type="button" className="month__more" tabIndex={active ? 0 : -1} onClick={() => actions.onOpenDay(day)}>
          {label(t, 'schedule.month.more', {}, { count: hidden })}
        </button>
      ) : null}
    </div>
  );
});
