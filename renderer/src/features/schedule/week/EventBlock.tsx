import type { KeyboardEvent, MouseEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDraggable } from '@dnd-kit/core';
import { useLanguage } from '../../../i18n/use-language';
import { formatTime, occurrenceLabel } from '../dates/format';
import { occurrenceKey } from '../dates/placement';
import { KindIcon } from '../kinds';
import { occurrencePath } from '../paths';
import type { DayBlock } from './day-layout';
import type { TimeChange } from './event-change';
import { px } from './time-scale';

export interface EventBlockProps {
  block: DayBlock;
  /** Only the selected day's events are in the Tab order (one Tab stop per day, as in the month). */
  tabbable: boolean;
  /** While this event is dragged: where it would land, in minutes and days. */
  preview: TimeChange | null;
  columnWidth: number;
  /** True just after a drag ended, so the click that ends it does not open the event. */
  suppressClick(): boolean;
  onKeyDown(event: KeyboardEvent<HTMLAnchorElement>): void;
}

/** A timed event in a day column: a link to it, draggable to move, with a handle at the bottom to resize. */
export function EventBlock({ block, tabbable, preview, columnWidth, suppressClick, onKeyDown }: EventBlockProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { occurrence } = block;
  const key = occurrenceKey(occurrence);
  const { setNodeRef: moveRef, listeners: moveListeners } = useDraggable({ id: `move|${key}`, data: { occurrence, mode: 'move' } });
  const { setNodeRef: resizeRef, listeners: resizeListeners } = useDraggable({ id: `resize|${key}`, data: { occurrence, mode: 'resize' }, disabled: block.continuesAfter });
  const top = px(block.top + (preview?.minutes ?? 0));
  const height = Math.max(px(block.bottom - block.top + (preview?.endMinutes ?? 0)), px(15));
  const style = {
    top,
    height,
    left: `calc(${(block.lane / block.lanes) * 100}% + 2px)`,
    width: `calc(${100 / block.lanes}% - 4px)`,
    transform: preview?.days ? `translateX(${preview.days * columnWidth}px)` : undefined,
  };
  const classes = [
    'time-event',
    `event-chip--${occurrence.event.kind}`,
    preview ? 'time-event--dragging' : '',
    occurrence.event.outcome === 'cancelled' ? 'event-chip--cancelled' : '',
    height < 40 ? 'time-event--short' : '',
  ].filter(Boolean).join(' ');
  const open = (event: MouseEvent) => {
    if (suppressClick()) event.preventDefault();
  };
  return (
    <div ref={moveRef} className={classes} style={style} data-key={key} {...moveListeners}>
      <Link
        className="time-event__link"
        to={occurrencePath(occurrence)}
        draggable={false}
        tabIndex={tabbable ? 0 : -1}
        aria-label={occurrenceLabel(t, occurrence, language)}
        aria-describedby="schedule-move-hint"
        data-event-key={key}
        onClick={open}
        onKeyDown={onKeyDown}
      >
        <span className="time-event__title">
          <KindIcon kind={occurrence.event.kind} className="time-event__icon" />
          {occurrence.event.title}
        </span>
        <span className="time-event__time">
          {formatTime(occurrence.startUtc, language)} – {formatTime(occurrence.endUtc, language)}
        </span>
      </Link>
      {block.continuesAfter ? null : (
        <span ref={resizeRef} className="time-event__resize" aria-hidden="true" {...resizeListeners} />
      )}
    </div>
  );
}
