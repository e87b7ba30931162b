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
  /** Rows drawn beyond each edge at rest (typing in a filter redraws them all with every key). */
  overscan: number;
  /**
   * Rows drawn ahead while scrolling, in the direction of the scroll: the browser moves the
   * rows already drawn before the page can draw new ones, so a quick scroll needs more.
   */
  scrollAhead: number;
}

/** Where a box is scrolled, reduced to the rows that show (so scrolling within a row redraws nothing). */
interface Viewport {
  first: number;
  last: number;
  height: number;
  /** 1 while scrolling down, -1 up, 0 at rest. */
  direction: -1 | 0 | 1;
}

/** How long after the last scroll event the box counts as at rest again. */
const REST_MS = 200;

// jsdom and a box not yet laid out have no height: assume a window's worth of rows.
const FALLBACK_HEIGHT = 600;

function viewportOf(box: HTMLElement | null, rowHeight: number, offset: number, direction: Viewport['direction']): Viewport {
  const height = box && box.clientHeight > 0 ? box.clientHeight : FALLBACK_HEIGHT;
  const top = box ? box.scrollTop : 0;
  return {
    first: Math.max(0, Math.floor((top - offset) / rowHeight)),
    last: Math.max(0, Math.ceil((top + height - offset) / rowHeight)),
    height,
    direction,
  };
}

/**
 * The rows in view of a scroll box, for lists whose rows all have one height. Finding
 * them is arithmetic on the scroll position, so a list of 10,000 that changes with every
 * keystroke costs nothing to measure; a general virtualiser keeps a measurement per row
 * and rebuilds them all whenever the count changes.
 */
export function useRowWindow(box: RefObject<HTMLElement | null>, { count, rowHeight, offset, overscan, scrollAhead }: Options) {
  const [viewport, setViewport] = useState<Viewport>(() => viewportOf(null, rowHeight, offset, 0));

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    let lastTop = element.scrollTop;
    let rest: ReturnType<typeof setTimeout> | undefined;
    const update = (direction: Viewport['direction']) =>
      setViewport((old) => {
        const next = viewportOf(element, rowHeight, offset, direction);
        return next.first === old.first && next.last === old.last && next.height === old.height && next.direction === old.direction ? old : next;
      });
    update(0);
    // Drawn before the scrolled frame is painted, so the rows kept ahead are enough: a
    // default-priority update would land a frame later and show a blank strip.
    const onScroll = () => {
      const top = element.scrollTop;
      const direction = top > lastTop ? 1 : top < lastTop ? -1 : 0;
      lastTop = top;
      flushSync(() => update(direction));
      clearTimeout(rest);
      rest = setTimeout(() => update(0), REST_MS);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => update(0));
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
      clearTimeout(rest);
    };
  }, [box, rowHeight, offset]);

  const above = viewport.direction < 0 ? scrollAhead : overscan;
  const below = viewport.direction > 0 ? scrollAhead : overscan;
  const range: RowWindow = {
    start: Math.min(count, Math.max(0, viewport.first - above)),
    end: Math.min(count, viewport.last + below),
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
