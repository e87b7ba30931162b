import { memo, type MouseEvent } from 'react';
import type { TFunction } from 'i18next';
import { TriangleAlert } from 'lucide-react';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { JobRow } from '../../../db/rows';
import { rowCells } from './row-cells';
import '../components/stages.css';

export interface TableRowProps {
  job: JobRow;
  /** The row's place in the whole table, header included (only the rows in view exist). */
  rowIndex: number;
  active: boolean;
  today: CalendarDate;
  /** Where a job's page is, less its id ("#/jobs/" in the app). */
  hrefBase: string;
  onOpen(id: string): void;
  onFocusRow(id: string): void;
  /** Translated once by the table, not once per row. */
  t: TFunction;
  language: string;
}

/** A click the browser should handle itself: a new tab or window, or not the main button. */
const opensElsewhere = (event: MouseEvent) => event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

/**
 * One job: its title links to its page; a click anywhere on the row opens it too. The link is
 * a plain one (the router's Link runs several hooks, and typing in the search box brings a
 * screenful of new rows with every key); the row opens the job through the router.
 */
export const TableRow = memo(function TableRow({ job, rowIndex, active, today, hrefBase, onOpen, onFocusRow, t, language }: TableRowProps) {
  const cells = rowCells(job, today, language, t);
  return (
    <tr
      aria-rowindex={rowIndex}
      data-row-id={job.id}
      className="jobs-table__row"
      onClick={(event) => {
        if (opensElsewhere(event)) return;
        event.preventDefault();
        onOpen(job.id);
      }}
    >
      <th scope="row" className="jobs-table__title">
        <a href={hrefBase + job.id} tabIndex={active ? 0 : -1} onFocus={() => onFocusRow(job.id)}>
          {job.title}
        </a>
      </th>
      <td>
        <div className="jobs-table__cell">{job.employer}</div>
      </td>
      <td>
        {/* The stage's name on its tinted tag, without the board's icon: a screenful of new rows comes with every key typed in the search box, and the name already tells the stage (UI.md: colour paired with a label). */}
        <span className={`stage-badge stage--${job.stage}`}>{cells.stage}</span>
      </td>
      <td>{cells.applied}</td>
      <td>{cells.deadline}</td>
      <td className={cells.overdue ? 'jobs-table__overdue' : undefined}>
        {cells.next ? (
          <div className="jobs-table__cell">
            {cells.overdue ? <TriangleAlert aria-hidden="true" /> : null}
            {cells.next}
          </div>
        ) : null}
      </td>
      <td>
        <div className="jobs-table__cell">{cells.pay}</div>
      </td>
    </tr>
  );
});
