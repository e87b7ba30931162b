import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type DragMoveEvent, type DragStartEvent } from '@dnd-kit/core';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { Occurrence } from '../../../../../shared/domain/schedule';
import { daysCovered, occurrenceKey } from '../dates/placement';
import { NO_CHANGE, type TimeChange } from './event-change';
import { snapMinutes } from './time-scale';

interface DragData {
  occurrence: Occurrence;
  mode: 'move' | 'resize';
}

// dnd-kit speaks on pointer drags too; we announce the result ourselves, in the menu language.
const SILENT: Announcements = { onDragStart: () => undefined, onDragOver: () => undefined, onDragEnd: () => undefined, onDragCancel: () => undefined };

/**
 * Pointer drags in the week and day views: a block follows the pointer in 15-minute steps
 * (and whole days sideways in the week view); its handle resizes. The change is applied
 * once, when the block is dropped.
 */
export function useWeekDrag(days: readonly CalendarDate[], grid: RefObject<HTMLElement | null>, onChange: (occurrence: Occurrence, change: TimeChange) => void) {
  const [drag, setDrag] = useState<{ key: string; change: TimeChange } | null>(null);
  const [columnWidth, setColumnWidth] = useState(0);
  const active = useRef<{ data: DragData; width: number; minDays: number; maxDays: number } | null>(null);
  const endedAt = useRef(0);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  const onDragStart = useCallback(
    ({ active: dragged }: DragStartEvent) => {
      const data = dragged.data.current as DragData | undefined;
      if (!data) return;
      const width = grid.current?.querySelector('.time-day')?.getBoundingClientRect().width ?? 0;
      const first = daysCovered(data.occurrence).first;
      const index = Math.max(0, days.indexOf(first));
      active.current = { data, width, minDays: -index, maxDays: days.length - 1 - index };
      setColumnWidth(width);
      setDrag({ key: occurrenceKey(data.occurrence), change: NO_CHANGE });
    },
    [days, grid],
  );

  const changeFor = ({ x, y }: { x: number; y: number }): TimeChange => {
    const now = active.current;
    if (!now) return NO_CHANGE;
    if (now.data.mode === 'resize') return { minutes: 0, days: 0, endMinutes: snapMinutes(y) };
    const dayShift = now.width > 0 ? Math.round(x / now.width) : 0;
    return { minutes: snapMinutes(y), days: Math.max(now.minDays, Math.min(now.maxDays, dayShift)), endMinutes: 0 };
  };

  const onDragMove = ({ delta }: DragMoveEvent) => {
    const change = changeFor(delta);
    // Only a new step redraws the week.
    setDrag((was) => (was && (was.change.minutes !== change.minutes || was.change.days !== change.days || was.change.endMinutes !== change.endMinutes) ? { ...was, change } : was));
  };

  const onDragEnd = ({ delta }: DragEndEvent) => {
    const data = active.current?.data;
    const change = changeFor(delta);
    active.current = null;
    endedAt.current = Date.now();
    setDrag(null);
    if (data && (change.minutes || change.days || change.endMinutes)) onChange(data.occurrence, change);
  };

  const onDragCancel = () => {
    active.current = null;
    setDrag(null);
  };

  /** The click that ends a drag must not open the event (it may come before or after dnd-kit reports the end). */
  const suppressClick = useCallback(() => active.current !== null || Date.now() - endedAt.current < 300, []);
  // dnd-kit stops that click's propagation at the document, so React never sees it, yet the
  // link would still be followed: it is cancelled here, on the window, before dnd-kit's listener.
  useEffect(() => {
    const cancel = (event: MouseEvent) => {
      if (suppressClick()) event.preventDefault();
    };
    window.addEventListener('click', cancel, true);
    return () => window.removeEventListener('click', cancel, true);
  }, [suppressClick]);
  const accessibility = useMemo(() => ({ announcements: SILENT }), []);
  return { drag, columnWidth, sensors, accessibility, suppressClick, handlers: { onDragStart, onDragMove, onDragEnd, onDragCancel } };
}
