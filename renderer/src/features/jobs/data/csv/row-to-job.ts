import {
  emptyJobFields,
  findPayPeriod,
  JobFieldsSchema,
  PAY_PERIODS,
  parseAmount,
  readPay,
  readWorkplace,
  RecordIdSchema,
  WORKPLACES,
  type CalendarDate,
  type JobFields,
  type Pay,
  type StageId,
} from '../../../../../../shared/domain/jobs';
import type { ColumnMapping } from './column-mapping';
import { restoreCell } from './csv-text';
import { DateCellError, parseDateCell, type DateOrder } from './dates';
import type { ImportField } from './job-columns';
import { excerpt, RowError, schemaRowError, type RowProblem } from './row-problem';
import { decodeSentDocuments, decodeStageHistory, splitLines, type HistoryEntry } from './list-cells';
import { stageFromStatus } from './status';

/** One row turned into a job, ready to insert. */
export interface ImportedJob {
  /** The spreadsheet row it came from (1-based, header is row 1). */
  row: number;
  fields: JobFields;
  /** Kept from our own exports so a round trip gives the same job; null otherwise. */
  id: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  history: HistoryEntry[];
  contactNames: string[];
  /** Things changed on the way in that the user should know about (the row was still imported). */
  warnings: RowProblem[];
}

/** What every row of one file is read with. */
export interface RowContext {
  mapping: ColumnMapping;
  dateOrder: DateOrder;
  /** The user's choice of stage per status text (trimmed); unlisted texts use stageFromStatus. */
  statusMap?: ReadonlyMap<string, StageId>;
  today: CalendarDate;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** Turns one row into a job; throws a RowError saying what is wrong with the row. */
export function mapRow(cells: readonly string[], row: number, ctx: RowContext): ImportedJob {
  const index = new Map<ImportField, number>();
  ctx.mapping.forEach((field, i) => field && index.set(field, i));
  // Text is kept exactly (no trimming) so a round trip is lossless; only the ' guard comes off.
  const text = (field: ImportField) => (index.has(field) ? restoreCell(cells[index.get(field)!] ?? '') : '');
  const warnings: RowProblem[] = [];
  // A date that can't be read (a typo, or written the other way round from the rest of the
  // file) goes into the notes as it was written: the job is still imported, and nothing is lost.
  const unreadDates: string[] = [];
  const date = (field: ImportField) => {
    try {
      return parseDateCell(text(field), ctx.dateOrder);
    } catch (error) {
      if (!(error instanceof DateCellError)) throw error;
      const value = excerpt(error.text);
      unreadDates.push(`${NOTE_LABELS[field]}: ${error.text.trim()}`);
      warnings.push(error.order ? { code: 'dateOrder', field, value, order: error.order } : { code: 'dateUnreadable', field, value });
      return null;
    }
  };
  const fields: JobFields = {
    ...emptyJobFields(),
    title: text('title'),
    employer: text('employer'),
    location: text('location'),
    source: text('source'),
    jobNumber: text('jobNumber'),
    description: text('description'),
    notes: text('notes'),
    postedAt: date('postedAt'),
    deadline: date('deadline'),
  };
  if (fields.title.trim() === '') throw new RowError({ code: 'titleEmpty' }, 'The job title is empty.');
  fields.workplace = readWorkplaceCell(text('workplace').trim(), warnings);
  fields.url = readUrl(text('url').trim(), fields, warnings);
  fields.pay = readPayCells(text, fields, warnings);
  const nextAction = text('nextAction');
  const due = date('nextActionDue');
  if (nextAction.trim() || due) fields.nextAction = { text: nextAction.trim() ? nextAction : 'Follow up', due };
  fields.sentDocuments = decodeSentDocuments(text('sentDocuments'));
  fields.contactIds = splitLines(text('contactIds'));
  const history = text('stageHistory').trim() ? decodeStageHistory(text('stageHistory')) : buildHistory(text, date, ctx);
  if (unreadDates.length) fields.notes = [fields.notes, ...unreadDates].filter(Boolean).join('\n');
  const parsed = JobFieldsSchema.safeParse(fields);
  if (!parsed.success) throw schemaRowError(parsed.error);

  const id = RecordIdSchema.safeParse(text('id').trim()).success ? text('id').trim() : null;
  const instant = (field: ImportField) => (ISO_INSTANT.test(text(field).trim()) ? text(field).trim() : null);
  return { row, fields: parsed.data, id, createdAt: instant('createdAt'), updatedAt: instant('updatedAt'), history, contactNames: splitLines(text('contactNames')), warnings };
}

// Spreadsheets say "Status: Rejected, Date applied: 3/5/2024": the timeline becomes Applied on
// that date, then the status on its own date (or the same one). Without any date the step gets
// today's date marked unknown, so an old application never counts in this week's activity log.
function buildHistory(text: (f: ImportField) => string, date: (f: ImportField) => CalendarDate | null, ctx: RowContext): HistoryEntry[] {
  const status = text('stage').trim();
  const stage = status ? (ctx.statusMap?.get(status) ?? stageFromStatus(status)) : null;
  if (status && !stage) throw new RowError({ code: 'statusUnknown', value: excerpt(status) }, `The status "${status.slice(0, 60)}" doesn't match a stage; choose one for it.`);
  const applied = date('appliedAt');
  const stageAt = date('stageAt');
  const history: HistoryEntry[] = [];
  // "Saved" with a date applied: saved first, then applied for (never Applied, then Saved again).
  if (stage === 'saved' && applied) history.push({ stage: 'saved', at: stageAt !== null && stageAt < applied ? stageAt : applied, note: '', dateUnknown: false });
  if (applied) history.push({ stage: 'applied', at: applied, note: '', dateUnknown: false });
  if (stage && !((stage === 'applied' || stage === 'saved') && applied)) {
    const at = stageAt ?? applied;
    history.push({ stage, at: at ?? ctx.today, note: '', dateUnknown: at === null });
  }
  if (!history.length) history.push({ stage: 'saved', at: stageAt ?? ctx.today, note: '', dateUnknown: stageAt === null });
  return history;
}

function readWorkplaceCell(value: string, warnings: RowProblem[]): JobFields['workplace'] {
  if (!value) return null;
  const lower = value.toLowerCase();
  const workplace = (WORKPLACES as readonly string[]).includes(lower) ? (lower as JobFields['workplace']) : readWorkplace(value);
  if (!workplace) warnings.push({ code: 'workplaceUnknown', value: excerpt(value, 40) });
  return workplace;
}

function readUrl(value: string, fields: JobFields, warnings: RowProblem[]): string {
  if (!value || /^https?:\/\/\S/i.test(value)) return value;
  // "www.indeed.com/..." is a web link without its scheme; anything else stays readable in the notes.
  if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(value)) return `https://${value}`;
  fields.notes = `${fields.notes}${fields.notes ? '\n' : ''}Link: ${value}`;
  warnings.push({ code: 'linkToNotes' });
  return '';
}

const SYMBOLS: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', MX$: 'MXN', C$: 'CAD', CA$: 'CAD' };

// The notes keep the column's English name: notes are the user's own text, not the app's words.
const NOTE_LABELS: Partial<Record<ImportField, string>> = {
  payMin: 'Pay min',
  payMax: 'Pay max',
  pay: 'Pay',
  postedAt: 'Posted',
  deadline: 'Deadline',
  stageAt: 'Stage date',
  appliedAt: 'Date applied',
  nextActionDue: 'Next action due',
};

function readPayCells(text: (f: ImportField) => string, fields: JobFields, warnings: RowProblem[]): Pay | null {
  const moveToNotes = (field: ImportField, value: string) => {
    fields.notes = `${fields.notes}${fields.notes ? '\n' : ''}${NOTE_LABELS[field]}: ${value}`;
    warnings.push({ code: 'valueToNotes', field, value: excerpt(value, 40) });
  };
  // Plain numbers as written ("18.5", "55000"); "$55,000" or "18,50" through the amount reader.
  const number = (field: ImportField, raw: string) => {
    if (raw === '') return null;
    if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw);
    if (/\d/.test(raw)) return parseAmount(raw.replace(/[^\d.,]/g, ''));
    moveToNotes(field, raw);
    return null;
  };
  const min = number('payMin', text('payMin').trim());
  const max = number('payMax', text('payMax').trim());
  const periodText = text('payPeriod').trim().toLowerCase();
  const period = (PAY_PERIODS as readonly string[]).includes(periodText) ? (periodText as Pay['period']) : findPayPeriod(periodText);
  const currencyText = text('currency').trim();
  const currency = SYMBOLS[currencyText] ?? (currencyText.toUpperCase() || 'USD');
  if (min !== null || max !== null) return { min, max, period, currency };
  const free = text('pay').trim();
  if (!free) return null;
  const reading = readPay(free, true);
  if (reading) return { ...reading.pay, period: reading.pay.period ?? period };
  moveToNotes('pay', free);
  return null;
}
