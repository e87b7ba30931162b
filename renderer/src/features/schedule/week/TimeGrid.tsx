import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { DndContext } from '@dnd-kit/core';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { Occurrence } from '../../../../../shared/domain/schedule';
import { useLanguage } from '../../../i18n/use-language';
import { localMidnight } from '../dates/calendar-math';
import { formatDayRange, formatHour, formatLongDay, formatTime } from '../dates/format';
import { localMinutes, occurrencesByDay } from '../dates/placement';
import { useScheduleUi } from '../page/schedule-store';
import { AllDayCell } from './AllDayCell';
import { DayColumn } from './DayColumn';
import { DayHeader } from './DayHeader';
import type { TimeChange } from './event-change';
import { HOUR_PX } from './time-scale';
import { useTimeGridKeys, type TimeGridKeyActions } from './use-time-grid-keys';
import { useWeekDrag } from './use-week-drag';
import './time-grid.css';

export interface TimeGridProps {
  grid: 'week' | 'day';
  days: CalendarDate[];
  weekStart: number;
  today: CalendarDate;
  nowMs: number;
  occurrences: readonly Occurrence[];
  onCursor(day: CalendarDate): void;
  onOpenDay(day: CalendarDate): void;
  onCreate(day: CalendarDate, minutes: number | null): void;
  onChange: TimeGridKeyActions['onChange'];
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/**
 * The week (seven days) or day view: an all-day row, then the hours with events as blocks
 * that can be dragged or moved with Alt+Arrow. The grid opens at 7:00 and scrolls.
 */
export function TimeGrid({ grid, days, weekStart, today, nowMs, occurrences, onCursor, onOpenDay, onCreate, onChange }: TimeGridProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const root = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const stored = useScheduleUi((s) => s.cursor);
  const cursor = stored && days.includes(stored) ? stored : days.includes(today) ? today : days[0];
  const byDay = useMemo(() => occurrencesByDay(occurrences, days), [occurrences, days]);
  const keys = useTimeGridKeys(root, cursor, {
    grid,
    weekStart,
    onCursor,
    onCreate,
    onChange,
    announce: setAnnouncement,
    describeSlot: (minutes) => formatTime(localMidnight(cursor) + minutes * 60_000, language),
  });
  const dragging = useWeekDrag(days, root, (occurrence, change: TimeChange) => {
    void onChange(occurrence, change).then((result) => result && setAnnouncement(result.announcement));
  });

  // Open at 7:00, where most appointments are, rather than at midnight.
  useEffect(() => {
    scroller.current?.scrollTo?.({ top: 7 * HOUR_PX });
  }, []);

  const title = grid === 'week' ? t('schedule.week.gridLabel', { range: formatDayRange(days[0], days[days.length - 1], language) }) : formatLongDay(days[0], language, true);
  const slot = keys.slot;
  return (
    <DndContext sensors={dragging.sensors} accessibility={{ ...dragging.accessibility, screenReaderInstructions: { draggable: t('schedule.week.moveHint') } }} {...dragging.handlers}>
      <div ref={root} className={`time-grid time-grid--${grid}`} style={{ '--days': days.length } as CSSProperties}>
        <div ref={scroller} className="time-grid__scroller">
          <div role="grid" aria-label={title} aria-describedby="schedule-keys-hint" className="time-grid__table">
            <div role="rowgroup" className="time-grid__top">
              <div role="row" className="time-grid__row time-grid__row--head">
                <div role="columnheader" className="time-grid__corner">
                  <span className="visually-hidden">{t('schedule.week.timeColumn')}</span>
                </div>
                {days.map((day) => (
                  <DayHeader key={day} day={day} isToday={day === today} onOpenDay={grid === 'week' ? () => onOpenDay(day) : undefined} />
                ))}
              </div>
              <div role="row" className="time-grid__row time-grid__row--allday">
                <div role="rowheader" className="time-grid__side">{t('schedule.week.allDay')}</div>
                {days.map((day) => (
                  <AllDayCell
                    key={day}
                    day={day}
                    occurrences={(byDay.get(day) ?? []).filter((o) => o.allDay)}
                    active={day === cursor}
                    focusable={day === cursor && slot === 'all-day'}
                    isToday={day === today}
                    label={t('schedule.week.allDayLabel', { date: formatLongDay(day, language) })}
                    onCellKey={(event) => keys.onAllDayKey(event, day)}
                    onEventKey={(event, occurrence) => keys.onEventKey(event, occurrence, day)}
                    onCreate={() => onCreate(day, null)}
                    onFocusCell={() => {
                      useScheduleUi.getState().setSlot('all-day');
                      useScheduleUi.getState().moveCursor(day, false);
                    }}
                  />
                ))}
              </div>
            </div>
            <div role="row" className="time-grid__row time-grid__row--hours">
              <div role="rowheader" className="time-grid__side time-grid__hours">
                <span className="visually-hidden">{t('schedule.week.hours')}</span>
                {HOURS.map((hour) => (
                  <span key={hour} className="time-grid__hour" aria-hidden="true" style={{ top: hour * HOUR_PX }}>
                    {hour === 0 ? '' : formatHour(hour, language)}
                  </span>
                ))}
              </div>
              {days.map((day) => (
                <DayColumn
                  key={day}
                  day={day}
                  occurrences={byDay.get(day) ?? []}
                  active={day === cursor}
                  isToday={day === today}
                  nowMinutes={day === today ? localMinutes(nowMs) : null}
                  slot={day === cursor && slot !== 'all-day' ? slot : null}
                  label={t('schedule.week.slotLabel', { date: formatLongDay(day, language), time: formatTime(localMidnight(day) + (typeof slot === 'number' ? slot : 540) * 60_000, language) })}
                  drag={dragging.drag}
                  columnWidth={dragging.columnWidth}
                  suppressClick={dragging.suppressClick}
                  onCellKey={(event) => keys.onTimedKey(event, day)}
                  onEventKey={(event, occurrence) => keys.onEventKey(event, occurrence, day)}
                  onPickSlot={(minutes) => {
                    useScheduleUi.getState().setSlot(minutes);
                    useScheduleUi.getState().moveCursor(day, false);
                    onCreate(day, minutes);
                  }}
                  onFocusCell={() => {
                    if (useScheduleUi.getState().slot === 'all-day') useScheduleUi.getState().setSlot(9 * 60);
                    useScheduleUi.getState().moveCursor(day, false);
                  }}
                />
              ))}
            </div>
          </div>
        </div>
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </div>
    </DndContext>
  );
}
