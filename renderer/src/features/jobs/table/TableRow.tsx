import { memo } from 'react';
import { Link } from 'react-router';
import type { TFunction } from 'i18next';
import { TriangleAlert } from 'lucide-react';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { JobRow } from '../../../db/rows';
import { StageBadgeView } from '../components/StageBadge';
import { formatDay, formatPay } from '../format';
import { stageLabel } from '../stages';

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
  const due = job.nextAction?.due ?? null;
  const overdue = due !== null && due < today;
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
        <StageBadgeView stage={job.stage} label={stageLabel(t, job.stage)} />
      </td>
      <td>{formatDay(applied, language)}</td>
      <td>{formatDay(job.deadline, language)}</td>
      <td className={overdue ? 'jobs-table__overdue' : undefined}>
        {job.nextAction ? (
          <div className="jobs-table__cell">
            {overdue ? <TriangleAlert aria-hidden="true" /> : null}
            {overdue ? t('jobs.table.overdue', { action: job.nextAction.text, date: formatDay(due, language) }) : null}
            {!overdue && due ? t('jobs.table.due', { action: job.nextAction.text, date: formatDay(due, language) }) : null}
            {!due ? job.nextAction.text : null}
          </div>
        ) : null}
      </td>
      <td>
        <div className="jobs-table__cell">{formatPay(job.pay, language, t)}</div>
      </td>
    </tr>
  );
});
