import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { defaultRangeExtractor, observeElementRect, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { JobRow } from '../../../db/rows';
import { cardElement, useBoardNav } from './board-nav';
import type { GroupId } from './group-jobs';
import { JobCard } from './JobCard';

export interface CardListProps {
  group: GroupId;
  jobs: readonly JobRow[];
  /** The column's Tab stop; the first card when none was chosen. */
  activeId: string | undefined;
  labelledBy: string;
  today: CalendarDate;
  showStage?: boolean;
}

// Something that reports no size (not laid out yet, or a DOM without layout) still draws its first cards.
const FALLBACK_RECT = { width: 260, height: 600 };
function observeRect(instance: Virtualizer<HTMLDivElement, Element>, callback: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : FALLBACK_RECT));
}

/** A column's cards, virtualised so thousands stay smooth; the Tab-stop card is always drawn. */
export function CardList({ group, jobs, activeId, labelledBy, today, showStage }: CardListProps) {
  const nav = useBoardNav();
  const scrollRef = useRef<HTMLDivElement>(null);
  const found = activeId ? jobs.findIndex((j) => j.id === activeId) : -1;
  const activeIndex = Math.max(0, found);
  const active = jobs[activeIndex]?.id;
  const rangeExtractor = useCallback(
    (range: Range) => [...new Set([...defaultRangeExtractor(range), activeIndex])].filter((i) => i < range.count).sort((a, b) => a - b),
    [activeIndex],
  );
  // The app doesn't run the React Compiler; this warning only says it would skip this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: jobs.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 132,
    overscan: 4,
    getItemKey: (index) => jobs[index].id,
    observeElementRect: observeRect,
    rangeExtractor,
  });

  useEffect(() => nav.register(group, (index) => virtualizer.scrollToIndex(index, { align: 'auto' })), [nav, group, virtualizer]);

  // A card asked for by the keyboard (or after a move) takes focus as soon as it is drawn.
  useLayoutEffect(() => {
    const id = nav.pending.current;
    if (!id) return;
    const card = cardElement(scrollRef.current, id);
    if (card) {
      nav.pending.current = null;
      card.focus({ preventScroll: true });
    }
  });

  return (
    <div ref={scrollRef} className="board-list" role="list" aria-labelledby={labelledBy}>
      <div className="board-list__space" role="presentation" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const job = jobs[item.index];
          return (
            <div
              key={item.key}
              role="listitem"
              aria-posinset={item.index + 1}
              aria-setsize={jobs.length}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="board-list__item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <JobCard job={job} group={group} active={job.id === active} today={today} showStage={showStage} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
