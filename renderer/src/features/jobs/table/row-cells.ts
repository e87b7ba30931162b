import type { TFunction } from 'i18next';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { JobRow } from '../../../db/rows';
import { label } from '../../../i18n/label-templates';
import { formatDay, formatPay } from '../format';

/** A row's cells as the table shows them. */
export interface RowCells {
  stage: string;
  applied: string;
  deadline: string;
  /** The next action with its due date, and whether it is overdue. */
  next: string;
  overdue: boolean;
  pay: string;
}

interface Cached {
  language: string;
  today: CalendarDate;
  cells: RowCells;
}

// Typing in the search box brings other rows into view with every key. Translating and
// formatting a row's cells costs more than drawing it, so each job's cells are made once
// per language and day. Job rows are immutable: an edited job is a new object, so a stale
// entry can never be read, and the WeakMap lets the old ones go.
const cache = new WeakMap<JobRow, Cached>();

/** The translated, formatted cells of `job`, made once and reused while nothing they show has changed. */
export function rowCells(job: JobRow, today: CalendarDate, language: string, t: TFunction): RowCells {
  const hit = cache.get(job);
  if (hit && hit.language === language && hit.today === today) return hit.cells;
  const cells = makeCells(job, today, language, t);
  cache.set(job, { language, today, cells });
  return cells;
}

function makeCells(job: JobRow, today: CalendarDate, language: string, t: TFunction): RowCells {
  const action = job.nextAction;
  const due = action?.due ?? null;
  const overdue = due !== null && due < today;
  let next = '';
  if (action && due) next = label(t, overdue ? 'jobs.table.overdue' : 'jobs.table.due', { action: action.text, date: formatDay(due, language) });
  else if (action) next = action.text;
  return {
    stage: label(t, `jobs.stages.${job.stage}`, {}),
    applied: formatDay(job.appliedAt, language),
    deadline: formatDay(job.deadline, language),
    next,
    overdue,
    pay: formatPay(job.pay, language, t),
  };
}
