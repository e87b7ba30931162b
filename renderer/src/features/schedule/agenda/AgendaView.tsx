import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRangeExtractor, observeElementRect, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { Occurrence } from '../../../../../shared/domain/schedule';
import { useLanguage } from '../../../i18n/use-language';
import { formatLongDay } from '../dates/format';
import { agendaRows, nextEventRow } from './agenda-rows';
import { AgendaEventRow } from './AgendaEventRow';
import './agenda.css';

const DAY_ROW = 48;
const EVENT_ROW = 64;
const PAGE_ROWS = 8;
const FALLBACK_RECT = { width: 800, height: 600 };
// Before layout (and in test DOMs without one) the list has no height; draw a screenful anyway.
function observeRect(instance: Virtualizer<HTMLDivElement, Element>, callback: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : FALLBACK_RECT));
}

export interface AgendaViewProps {
  from: CalendarDate;
  to: CalendarDate;
  today: CalendarDate;
  occurrences: readonly Occurrence[];
}

/**
 * Everything coming up, day by day, as one long list. Only the lines in view exist (a
 * year of weekly workshops is thousands of lines); one event is the Tab stop, and the
 * arrow keys, Page keys, Home and End move between events.
 */
export function AgendaView({ from, to, today, occurrences }: AgendaViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = useMemo(() => agendaRows(occurrences, from, to), [occurrences, from, to]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const found = activeKey ? rows.findIndex((r) => r.key === activeKey) : -1;
  const activeIndex = found >= 0 ? found : nextEventRow(rows, -1, 1);
  const pending = useRef<string | null>(null);

  const rangeExtractor = useCallback(
    (range: Range) => [...new Set([...defaultRangeExtractor(range), ...(activeIndex >= 0 ? [activeIndex] : [])])].filter((i) => i < range.count).sort((a, b) => a - b),
    [activeIndex],
  );
  // The app doesn't run the React Compiler; this warning only says it would skip this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index].kind === 'day' ? DAY_ROW : EVENT_ROW),
    getItemKey: (index) => rows[index].key,
    overscan: 6,
    rangeExtractor,
    observeElementRect: observeRect,
  });

  useLayoutEffect(() => {
    const key = pending.current;
    if (!key) return;
    const link = scrollRef.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(key)}"] a`);
    if (link) {
      pending.current = null;
      link.focus({ preventScroll: true });
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || activeIndex < 0) return;
    let next: number;
    if (event.key === 'ArrowDown') next = nextEventRow(rows, activeIndex, 1);
    else if (event.key === 'ArrowUp') next = nextEventRow(rows, activeIndex, -1);
    else if (event.key === 'Home') next = nextEventRow(rows, -1, 1);
    else if (event.key === 'End') next = nextEventRow(rows, rows.length, -1);
    else if (event.key === 'PageDown') next = nextEventRow(rows, Math.min(rows.length - 1, activeIndex + PAGE_ROWS), -1);
    else if (event.key === 'PageUp') next = nextEventRow(rows, Math.max(0, activeIndex - PAGE_ROWS), 1);
    else return;
    event.preventDefault();
    if (next < 0 || next === activeIndex) return;
    setActiveKey(rows[next].key);
    pending.current = rows[next].key;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  if (rows.length === 0) return <p className="agenda__empty">{t('schedule.agenda.empty')}</p>;
  return (
    <div ref={scrollRef} className="agenda" role="region" aria-label={t('schedule.agenda.label')} aria-describedby="schedule-keys-hint" onKeyDown={onKeyDown}>
      <div className="agenda__inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return (
            <div key={row.key} className="agenda__row" data-row-key={row.key} style={{ transform: `translateY(${item.start}px)`, height: item.size }}>
              {row.kind === 'day' ? (
                <h3 className={`agenda__day${row.date === today ? ' agenda__day--today' : ''}`}>
                  {formatLongDay(row.date, language, true)}
                  {row.date === today ? <span className="agenda__today">{t('schedule.today')}</span> : null}
                </h3>
              ) : (
                <AgendaEventRow occurrence={row.occurrence} tabbable={item.index === activeIndex} onFocus={() => setActiveKey(row.key)} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
