import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, observeElementRect, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import type { LibraryDocument, SearchHit } from '../../../../../shared/contract';
import type { ViewMode } from '../store';
import { DocumentOption } from './DocumentOption';
import { moveIndex } from './keyboard';
import './list.css';

export interface ListItem {
  doc: LibraryDocument;
  hit?: SearchHit;
}

export interface DocumentListProps {
  items: ListItem[];
  label: string;
  view: ViewMode;
  selectedId: string | null;
  /** Selection follows the arrow keys (wide windows, where the details sit beside the list). */
  followFocus: boolean;
  /** Focus this document's row once it is drawn (coming back from the details). */
  focusId?: string | null;
  onOpen(id: string, how: 'pointer' | 'keyboard' | 'enter'): void;
}

const CARD_MIN_WIDTH = 168;
const GAP = 12;
// Something that reports no size (not laid out yet, or a DOM without layout) still draws its first rows.
const FALLBACK_RECT = { width: 800, height: 600 };

function observeRect(instance: Virtualizer<HTMLDivElement, Element>, callback: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : FALLBACK_RECT));
}

/**
 * The documents as a listbox, virtualised so 2,000 of them scroll smoothly. One row
 * holds one document (list) or several cards (grid). Arrow keys, Home, End and Page
 * keys move; Enter opens; the one focusable row is always drawn (roving tabindex).
 */
export function DocumentList({ items, label, view, selectedId, followFocus, focusId, onOpen }: DocumentListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const [width, setWidth] = useState(0);
  const grid = view === 'grid';
  const columns = grid ? Math.max(1, Math.floor((width + GAP) / (CARD_MIN_WIDTH + GAP))) : 1;
  const rowCount = Math.ceil(items.length / columns);

  const [activeChoice, setActiveChoice] = useState<string | null>(focusId ?? selectedId);
  const indexOf = (id: string | null) => (id ? items.findIndex((item) => item.doc.id === id) : -1);
  const activeIndex = Math.max(0, indexOf(activeChoice) >= 0 ? indexOf(activeChoice) : indexOf(selectedId));
  const activeId = items[activeIndex]?.doc.id ?? null;
  const activeRow = Math.floor(activeIndex / columns);

  // The active row stays drawn even when scrolled away, so Tab can always reach the list.
  const rangeExtractor = useCallback(
    (range: Range) => [...new Set([...defaultRangeExtractor(range), activeRow])].filter((i) => i < range.count).sort((a, b) => a - b),
    [activeRow],
  );
  const hasSnippets = items.some((item) => item.hit?.snippet);
  // The app doesn't run the React Compiler; this warning only says it would skip this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => (grid ? 132 : hasSnippets ? 124 : 84) + (grid ? GAP : 0),
    overscan: 6,
    observeElementRect: observeRect,
    rangeExtractor,
  });

  useEffect(() => {
    const node = scrollRef.current;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  // Focus moves after the row it goes to has been drawn.
  const pendingFocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const row = document.getElementById(`${baseId}-${id}`);
    if (row) {
      row.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });
  // The chosen document stays in view when the list opens (a deep link, a reload) or changes shape (list ↔ grid).
  // Only on opening and on a change of layout; keyboard moves scroll by themselves.
  const shapedFor = useRef<number | null>(null);
  useEffect(() => {
    if (shapedFor.current === columns) return;
    shapedFor.current = columns;
    virtualizer.scrollToIndex(activeRow, { align: 'auto' });
  }, [columns, activeRow, virtualizer]);

  // Go to the row asked for once (back from the details, or after a delete); later moves are the keyboard's.
  const focusedFor = useRef<string | null>(null);
  const focusIndex = focusId ? items.findIndex((item) => item.doc.id === focusId) : -1;
  useEffect(() => {
    if (!focusId || focusIndex < 0 || focusedFor.current === focusId) return;
    focusedFor.current = focusId;
    virtualizer.scrollToIndex(Math.floor(focusIndex / columns), { align: 'auto' });
    const row = document.getElementById(`${baseId}-${focusId}`);
    if (row) row.focus({ preventScroll: true });
    else pendingFocus.current = focusId;
  }, [focusId, focusIndex, columns, virtualizer, baseId]);

  const moveTo = (index: number) => {
    const item = items[index];
    if (!item) return;
    setActiveChoice(item.doc.id);
    pendingFocus.current = item.doc.id;
    virtualizer.scrollToIndex(Math.floor(index / columns), { align: 'auto' });
    if (followFocus) onOpen(item.doc.id, 'keyboard');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (items.length === 0) return;
    if ((event.key === 'Enter' || event.key === ' ') && activeId) {
      event.preventDefault();
      onOpen(activeId, 'enter');
      return;
    }
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight || 600) / (grid ? 144 : 84)) - 1);
    const next = moveIndex(event.key, activeIndex, items.length, columns, pageRows);
    if (next === null) return;
    event.preventDefault();
    moveTo(next);
  };

  const pick = useCallback(
    (id: string) => {
      setActiveChoice(id);
      onOpen(id, 'pointer');
    },
    [onOpen],
  );

  return (
    <div
      ref={scrollRef}
      className={`doc-list${grid ? ' doc-list--grid' : ''}`}
      role="listbox"
      aria-label={label}
      aria-orientation={grid ? undefined : 'vertical'}
      onKeyDown={onKeyDown}
    >
      <div className="doc-list__space" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => (
          <div
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="doc-list__row"
            role="presentation"
            style={{ transform: `translateY(${row.start}px)`, gridTemplateColumns: grid ? `repeat(${columns}, minmax(0, 1fr))` : undefined }}
          >
            {items.slice(row.index * columns, row.index * columns + columns).map((item, i) => {
              const index = row.index * columns + i;
              return (
                <DocumentOption
                  key={item.doc.id}
                  doc={item.doc}
                  hit={item.hit}
                  domId={`${baseId}-${item.doc.id}`}
                  active={index === activeIndex}
                  selected={item.doc.id === selectedId}
                  position={index + 1}
                  setSize={items.length}
                  grid={grid}
                  onPick={pick}
                />
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
