import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** The rows of a list that are in view, as indexes (`end` excluded). */
export interface RowWindow {
  start: number;
  end: number;
}

interface Options {
  count: number;
  /** Every row's height in pixels: the rows are clamped to it in CSS. */
  rowHeight: number;
  /** Pixels above the first row inside the scroll box (a sticky header). */
  offset: number;
  /** Rows drawn beyond each edge, so a quick scroll shows rows, not a blank. */
  overscan: number;
}

/** Where a box is scrolled, reduced to the rows that show (so scrolling within a row redraws nothing). */
interface Viewport {
  first: number;
  last: number;
  height: number;
}

// jsdom and a box not yet laid out have no height: assume a window's worth of rows.
const FALLBACK_HEIGHT = 600;

function viewportOf(box: HTMLElement | null, rowHeight: number, offset: number): Viewport {
  const height = box && box.clientHeight > 0 ? box.clientHeight : FALLBACK_HEIGHT;
  const top = box ? box.scrollTop : 0;
  return {
    first: Math.max(0, Math.floor((top - offset) / rowHeight)),
    last: Math.max(0, Math.ceil((top + height - offset) / rowHeight)),
    height,
  };
}

/**
 * The rows in view of a scroll box, for lists whose rows all have one height. Finding
 * them is arithmetic on the scroll position, so a list of 10,000 that changes with every
 * keystroke costs nothing to measure; a general virtualiser keeps a measurement per row
 * and rebuilds them all whenever the count changes.
 */
export function useRowWindow(box: RefObject<HTMLElement | null>, { count, rowHeight, offset, overscan }: Options) {
  const [viewport, setViewport] = useState<Viewport>(() => viewportOf(null, rowHeight, offset));

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const update = () =>
      setViewport((old) => {
        const next = viewportOf(element, rowHeight, offset);
        return next.first === old.first && next.last === old.last && next.height === old.height ? old : next;
      });
    update();
    // Drawn before the scrolled frame is painted, so the few rows kept beyond each edge are
    // enough: a default-priority update would land a frame later and show a blank strip.
    const onScroll = () => flushSync(update);
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [box, rowHeight, offset]);

  const range: RowWindow = {
    start: Math.min(count, Math.max(0, viewport.first - overscan)),
    end: Math.min(count, viewport.last + overscan),
  };

  return { range, totalHeight: offset + count * rowHeight, pageRows: Math.max(1, Math.floor(viewport.height / rowHeight) - 2) };
}

/** Scrolls `box` just enough to show row `index` whole, below the sticky header. */
export function revealRow(box: HTMLElement | null, index: number, { rowHeight, offset }: Pick<Options, 'rowHeight' | 'offset'>): void {
  if (!box) return;
  const height = box.clientHeight || FALLBACK_HEIGHT;
  const top = offset + index * rowHeight;
  if (top < box.scrollTop + offset) box.scrollTop = top - offset;
  else if (top + rowHeight > box.scrollTop + height) box.scrollTop = top + rowHeight - height;
}
