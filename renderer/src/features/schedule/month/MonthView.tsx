import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { Occurrence } from '../../../../../shared/domain/schedule';
import { useLanguage } from '../../../i18n/use-language';
import { monthGrid, type MonthKey } from '../dates/calendar-math';
import { dayAfterKey } from '../dates/day-keys';
import { formatMonth, formatWeekday } from '../dates/format';
import { occurrencesByDay } from '../dates/placement';
import { useScheduleUi } from '../page/schedule-store';
import { MonthCell, type MonthCellActions } from './MonthCell';
import './month.css';

const NO_OCCURRENCES: readonly Occurrence[] = [];

export interface MonthViewProps {
  month: MonthKey;
  weekStart: number;
  today: CalendarDate;
  occurrences: readonly Occurrence[];
  /** The keyboard moved to a day (it may be in another month: the page follows it there). */
  onCursor(day: CalendarDate): void;
  onOpenDay(day: CalendarDate): void;
  onCreate(day: CalendarDate): void;
}

/**
 * A month as a grid of days with events as chips. One Tab stop (the selected day); arrow
 * keys move between days, Page Up and Page Down between months, Enter opens the day, and
 * Tab reaches the selected day's events.
 */
export function MonthView({ month, weekStart, today, occurrences, onCursor, onOpenDay, onCreate }: MonthViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = useMemo(() => monthGrid(month, weekStart), [month, weekStart]);
  const days = useMemo(() => rows.flat(), [rows]);
  const byDay = useMemo(() => occurrencesByDay(occurrences, days), [occurrences, days]);
  const storedCursor = useScheduleUi((s) => s.cursor);
  const focusPending = useScheduleUi((s) => s.focusPending);
  const cursor = storedCursor && storedCursor.startsWith(month) ? storedCursor : today.startsWith(month) ? today : `${month}-01`;
  const grid = useRef<HTMLDivElement>(null);

  // After a key press the selected day takes focus, even when the key moved to another month.
  useLayoutEffect(() => {
    // Only the day the key chose: while the page moves to its month, this month's fallback day must not take focus.
    if (!focusPending || storedCursor !== cursor) return;
    const cell = grid.current?.querySelector<HTMLElement>(`[data-date="${cursor}"]`);
    if (cell) {
      cell.focus();
      useScheduleUi.getState().focusDone();
    }
  }, [focusPending, cursor, storedCursor]);

  // One set of actions for every cell, reading the latest props when called, so a cell whose
  // own props are unchanged skips drawing again (see MonthCell's memo).
  const latest = useRef({ weekStart, onCursor, onOpenDay, onCreate });
  useLayoutEffect(() => {
    latest.current = { weekStart, onCursor, onOpenDay, onCreate };
  });
  const actions = useMemo<MonthCellActions>(
    () => ({
      onKeyDown(event, day) {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        if (event.target !== event.currentTarget) return; // keys on an event chip are the chip's
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          latest.current.onOpenDay(day);
          return;
        }
        const next = dayAfterKey(event.key, day, 'month', latest.current.weekStart);
        if (!next) return;
        event.preventDefault();
        latest.current.onCursor(next);
      },
      onClick(event, day) {
        // A click on the empty part of a day adds an event there; chips and links do their own thing.
        if ((event.target as HTMLElement).closest('a, button')) return;
        useScheduleUi.getState().moveCursor(day, false);
        latest.current.onCreate(day);
      },
      onFocus(_event, day) {
        if (useScheduleUi.getState().cursor !== day) useScheduleUi.getState().moveCursor(day, false);
      },
      onOpenDay(day) {
        latest.current.onOpenDay(day);
      },
    }),
    [],
  );

  return (
    <div ref={grid} role="grid" className="month" aria-label={formatMonth(month, language)} aria-describedby="schedule-keys-hint">
      <div role="row" className="month__row month__row--head">
        {rows[0].map((day) => {
          const name = formatWeekday(day, language);
          return (
            <div role="columnheader" key={day} className="month__weekday" aria-label={name.long}>
              {name.short}
            </div>
          );
        })}
      </div>
      {rows.map((week) => (
        <div role="row" className="month__row" key={week[0]}>
          {week.map((day) => (
            <MonthCell
              key={day}
              day={day}
              inMonth={day.startsWith(month)}
              isToday={day === today}
              active={day === cursor}
              occurrences={byDay.get(day) ?? NO_OCCURRENCES}
              actions={actions}
              t={t}
              language={language}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
