import { useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { Occurrence } from '../../../../../shared/domain/schedule';
import { occurrenceKey } from '../dates/placement';
import { layoutDay } from './day-layout';
import type { TimeChange } from './event-change';
import { EventBlock } from './EventBlock';
import { px, slotAt, SLOT_MINUTES } from './time-scale';

export interface DayColumnProps {
  day: CalendarDate;
  occurrences: readonly Occurrence[];
  active: boolean;
  isToday: boolean;
  /** Minutes since midnight now, for the today line; null on other days. */
  nowMinutes: number | null;
  /** The keyboard's time slot (drawn in the selected day). */
  slot: number | null;
  label: string;
  drag: { key: string; change: TimeChange } | null;
  columnWidth: number;
  suppressClick(): boolean;
  onCellKey(event: KeyboardEvent<HTMLDivElement>): void;
  onEventKey(event: KeyboardEvent<HTMLAnchorElement>, occurrence: Occurrence): void;
  onPickSlot(minutes: number): void;
  onFocusCell(): void;
}

/** One day's hours in the week or day view: its timed events, the today line and the keyboard's slot. */
export function DayColumn(props: DayColumnProps) {
  const { day, occurrences, active, isToday, nowMinutes, slot, label, drag, columnWidth, suppressClick, onCellKey, onEventKey, onPickSlot, onFocusCell } = props;
  const blocks = useMemo(() => layoutDay(day, occurrences), [day, occurrences]);
  const pick = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).closest('.time-event')) return;
    const top = event.currentTarget.getBoundingClientRect().top;
    onPickSlot(slotAt(event.clientY - top));
  };
  return (
    <div
      role="gridcell"
      className={`time-day${isToday ? ' time-day--today' : ''}`}
      data-cell={`${day}|timed`}
      tabIndex={active && slot !== null ? 0 : -1}
      aria-label={label}
      aria-current={isToday ? 'date' : undefined}
      aria-selected={active && slot !== null}
      onKeyDown={(event) => {
        if (event.target === event.currentTarget) onCellKey(event);
      }}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusCell();
      }}
      onClick={pick}
    >
      {active && slot !== null ? <div className="time-day__slot" style={{ top: px(slot), height: px(SLOT_MINUTES) }} aria-hidden="true" /> : null}
      {blocks.map((block) => {
        const key = occurrenceKey(block.occurrence);
        return (
          <EventBlock
            key={`${key}|${block.top}`}
            block={block}
            tabbable={active}
            preview={drag && drag.key === key ? drag.change : null}
            columnWidth={columnWidth}
            suppressClick={suppressClick}
            onKeyDown={(event) => onEventKey(event, block.occurrence)}
          />
        );
      })}
      {nowMinutes !== null ? <div className="time-day__now" style={{ top: px(nowMinutes) }} aria-hidden="true" /> : null}
    </div>
  );
}
