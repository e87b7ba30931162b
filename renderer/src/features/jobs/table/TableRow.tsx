import { memo } from 'react';
import { Link } from 'react-router';
import type { TFunction } from 'i18next';
import { TriangleAlert } from 'lucide-react';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { JobRow } from '../../../db/rows';
import { StageBadgeView } from '../components/StageBadge';
import { rowCells } from './row-cells';

export interface TableRowProps {
  job: JobRow;
  /** The row's place in the whole table, header included (only the rows in view exist). */
  rowIndex: number;
  active: boolean;
  applied: CalendarDate | null;
  today: CalendarDate;
  onOpen(id: string): void;
  onFocusRow(id: string): void;
  /** Translated once by the table, not once per row. */
  t: TFunction;
  language: string;
}

/** One job: its title links to its page; a click anywhere on the row opens it too. */
export const TableRow = memo(function TableRow({ job, rowIndex, active, applied, today, onOpen, onFocusRow, t, language }: TableRowProps) {
  const cells = rowCells(job, applied, today, language, t);
  return (
    <tr
      aria-rowindex={rowIndex}
      data-row-id={job.id}
      className="jobs-table__row"
      onClick={(event) => {
        if (!(event.target as HTMLElement).closest('a')) onOpen(job.id);
      }}
    >
      <th scope="row" className="jobs-table__title">
        <Link to={`/jobs/${job.id}`} state={{ from: 'table' }} tabIndex={active ? 0 : -1} onFocus={() => onFocusRow(job.id)}>
          {job.title}
        </Link>
      </th>
      <td>
        <div className="jobs-table__cell">{job.employer}</div>
      </td>
      <td>
        <StageBadgeView stage={job.stage} label={cells.stage} />
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
