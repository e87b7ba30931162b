import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useHref, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { today as todayDate } from '../../../db/clock';
import type { JobRow } from '../../../db/rows';
import { moveIndex } from '../../documents/list/keyboard';
import { useLanguage } from '../../../i18n/use-language';
import { SortHeader } from './SortHeader';
import { TableRow } from './TableRow';
import { SORT_KEYS } from './table-state';
import { revealRow, useRowWindow } from './use-row-window';
import './table.css';

const ROW_HEIGHT = 56;
/** The sticky header row's height (table.css): the rows start below it. */
const HEAD_HEIGHT = 48;
/**
 * The jobs as a real table (so screen readers read headers with each cell), virtualised:
 * only the rows in view exist, with spacer rows above and below. One title link is the
 * Tab stop; arrow keys, Page keys, Home and End move between rows, Enter opens the job.
 */
export function JobsTable({ rows, label }: { rows: readonly JobRow[]; label: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const hrefBase = useHref('/jobs/');
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const found = activeId ? rows.findIndex((r) => r.id === activeId) : -1;
  const activeIndex = Math.max(0, found);
  const today = todayDate();

  const { range, totalHeight, pageRows } = useRowWindow(scrollRef, { count: rows.length, rowHeight: ROW_HEIGHT, offset: HEAD_HEIGHT, overscan: 1, scrollAhead: 4 });
  // The rows in view, and the Tab-stop row even when scrolled away (so Tab still lands in the
  // table); rows drawn out of order get their own spacers.
  const indexes: number[] = [];
  if (rows.length > 0 && activeIndex < range.start) indexes.push(activeIndex);
  for (let i = range.start; i < range.end; i++) indexes.push(i);
  if (rows.length > 0 && activeIndex >= range.end) indexes.push(activeIndex);
  const pieces: Array<{ kind: 'gap'; key: string; height: number } | { kind: 'row'; index: number }> = [];
  let at = HEAD_HEIGHT;
  for (const index of indexes) {
    const start = HEAD_HEIGHT + index * ROW_HEIGHT;
    if (start > at) pieces.push({ kind: 'gap', key: `gap-${index}`, height: start - at });
    pieces.push({ kind: 'row', index });
    at = start + ROW_HEIGHT;
  }
  const after = Math.max(0, totalHeight - at);

  const pending = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = pending.current;
    if (!id) return;
    const link = scrollRef.current?.querySelector<HTMLElement>(`[data-row-id="${id}"] a`);
    if (link) {
      pending.current = null;
      link.focus({ preventScroll: true });
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const next = moveIndex(event.key, activeIndex, rows.length, 1, pageRows);
    if (next === null || rows.length === 0) return;
    event.preventDefault();
    setActiveId(rows[next].id);
    pending.current = rows[next].id;
    revealRow(scrollRef.current, next, { rowHeight: ROW_HEIGHT, offset: HEAD_HEIGHT });
  };
  const open = useCallback((id: string) => void navigate(`/jobs/${id}`, { state: { from: 'table' } }), [navigate]);

  return (
    <div ref={scrollRef} className="jobs-table-scroll">
      <table className="jobs-table" aria-label={label} aria-rowcount={rows.length + 1}>
        <colgroup>
          <col className="jobs-table__col--title" />
          <col className="jobs-table__col--employer" />
          <col className="jobs-table__col--stage" />
          <col className="jobs-table__col--date" />
          <col className="jobs-table__col--date" />
          <col className="jobs-table__col--next" />
          <col className="jobs-table__col--pay" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {SORT_KEYS.map((key) => (
              <SortHeader key={key} column={key} />
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {pieces.map((piece) =>
            piece.kind === 'gap' ? (
              <tr key={piece.key} className="jobs-table__spacer" aria-hidden="true">
                <td colSpan={SORT_KEYS.length} style={{ height: piece.height }} />
              </tr>
            ) : (
              <TableRow
                key={rows[piece.index].id}
                job={rows[piece.index]}
                rowIndex={piece.index + 2}
                active={piece.index === activeIndex}
                today={today}
                hrefBase={hrefBase}
                onOpen={open}
                onFocusRow={setActiveId}
                t={t}
                language={language}
              />
            ),
          )}
          {after > 0 ? (
            <tr className="jobs-table__spacer" aria-hidden="true">
              <td colSpan={SORT_KEYS.length} style={{ height: after }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
