// The table draws only the rows in view of its scroll box; which ones is arithmetic on
// the scroll position, with the rows' one height and the sticky header above them.
import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { revealRow, useRowWindow, type RowWindow } from '../../../../../renderer/src/features/jobs/table/use-row-window';

/** A scroll box of `height` pixels (jsdom lays nothing out, so its size is set by hand). */
function sized(element: HTMLElement, height: number) {
  Object.defineProperty(element, 'clientHeight', { configurable: true, value: height });
}

function Probe({ count, onWindow }: { count: number; onWindow(range: RowWindow, pageRows: number, total: number): void }) {
  const box = useRef<HTMLDivElement>(null);
  const { range, pageRows, totalHeight } = useRowWindow(box, { count, rowHeight: 50, offset: 40, overscan: 1, scrollAhead: 3 });
  onWindow(range, pageRows, totalHeight);
  return <div ref={(el) => { box.current = el; if (el) sized(el, 300); }} data-testid="box" />;
}

describe('Row window', () => {
  afterEach(() => vi.useRealTimers());

  it('draws the rows in view and one beyond at rest, three ahead while scrolling, and follows the scroll', () => {
    vi.useFakeTimers();
    let seen: [RowWindow, number, number] = [{ start: -1, end: -1 }, 0, 0];
    const { getByTestId } = render(<Probe count={1000} onWindow={(r, p, t) => (seen = [r, p, t])} />);
    // 300 px below a 40 px header: rows 0–5 show (the sixth in part), plus one more.
    expect(seen[0]).toEqual({ start: 0, end: 7 });
    expect(seen[1]).toBe(4);
    expect(seen[2]).toBe(40 + 1000 * 50);
    const box = getByTestId('box');
    const scrollTo = (top: number) =>
      act(() => {
        box.scrollTop = top;
        box.dispatchEvent(new Event('scroll'));
      });
    scrollTo(40 + 500); // down to row 10 at the top: rows 10–15 show
    expect(seen[0]).toEqual({ start: 9, end: 19 });
    act(() => void vi.advanceTimersByTime(250)); // at rest again
    expect(seen[0]).toEqual({ start: 9, end: 17 });
    scrollTo(40 + 250); // up to row 5 at the top: rows 5–10 show
    expect(seen[0]).toEqual({ start: 2, end: 12 });
    act(() => void vi.advanceTimersByTime(250));
    expect(seen[0]).toEqual({ start: 4, end: 12 });
  });

  it('never runs past the last row', () => {
    let seen: RowWindow = { start: -1, end: -1 };
    render(<Probe count={3} onWindow={(r) => (seen = r)} />);
    expect(seen).toEqual({ start: 0, end: 3 });
  });

  it('scrolls just enough to show a row whole below the header', () => {
    const box = document.createElement('div');
    sized(box, 300);
    box.scrollTop = 0;
    revealRow(box, 2, { rowHeight: 50, offset: 40 }); // in view: no scroll
    expect(box.scrollTop).toBe(0);
    revealRow(box, 10, { rowHeight: 50, offset: 40 }); // below: its bottom at the box's bottom
    expect(box.scrollTop).toBe(40 + 11 * 50 - 300);
    revealRow(box, 1, { rowHeight: 50, offset: 40 }); // above: its top just under the header
    expect(box.scrollTop).toBe(50);
  });
});
