import { addDays, calendarDate, isCalendarDate, toLocalDate, type CalendarDate } from '../../../../../../shared/domain/jobs';
import { foldText } from '../../../../../../shared/domain/text/fold';

/** Month before day (US: 3/5/2024 is 5 March) or day before month (most of the world). */
export type DateOrder = 'mdy' | 'dmy';

/** The order chosen for a whole file, and why: its dates proved it, they were all ambiguous, or they disagree. */
export interface DateOrderDecision {
  order: DateOrder;
  basis: 'evidence' | 'assumed' | 'conflict';
}

const MONTHS: Record<string, number> = {};
const NAMES = [
  ['jan', 'january', 'ene', 'enero'], ['feb', 'february', 'febrero'], ['mar', 'march', 'marzo'], ['apr', 'april', 'abr', 'abril'],
  ['may', 'mayo'], ['jun', 'june', 'junio'], ['jul', 'july', 'julio'], ['aug', 'august', 'ago', 'agosto'],
  ['sep', 'sept', 'september', 'set', 'septiembre', 'setiembre'], ['oct', 'october', 'octubre'], ['nov', 'november', 'noviembre'],
  ['dec', 'december', 'dic', 'diciembre'],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?$/i;
const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/;
const CJK = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const ZONED = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
// "Mar 5, 2024", "March 5th 2024", "5 Mar 2024", "05-Mar-24", "5 de marzo de 2024", "Tuesday, March 5, 2024".
const MONTH_FIRST = /^(?:[a-z]+,?\s+)?([a-z]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const DAY_FIRST = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+de\s+|[\s-]+)([a-z]{3,10})\.?(?:\s+de\s+|[\s,-]+)(\d{4}|\d{2})$/;

// Excel and Sheets read two-digit years 00–29 as 20xx and 30–99 as 19xx; so do we.
const fullYear = (y: string) => (y.length === 4 ? +y : +y < 30 ? 2000 + +y : 1900 + +y);

function valid(year: number, month: number, day: number): CalendarDate | null {
  const date = calendarDate(year, month, day);
  return isCalendarDate(date) ? date : null;
}

/** Numeric day/month pairs in a column, for deciding the file's order: [first, second] numbers. */
function numericParts(value: string): [number, number] | null {
  const m = NUMERIC.exec(value.trim());
  return m ? [+m[1], +m[2]] : null;
}

/**
 * Decides, once per file, whether 3/5/2024 means 5 March or 3 May: a first number above 12
 * anywhere proves day-first, a second above 12 proves month-first. With no proof it is
 * month-first (a US app; the UI should ask), and with proof both ways the majority wins
 * and the rows that disagree fail one by one.
 */
export function decideDateOrder(values: Iterable<string>): DateOrderDecision {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const value of values) {
    const parts = numericParts(value);
    if (!parts) continue;
    if (parts[0] > 12 && parts[1] <= 12) dayFirst++;
    if (parts[1] > 12 && parts[0] <= 12) monthFirst++;
  }
  if (dayFirst && monthFirst) return { order: dayFirst > monthFirst ? 'dmy' : 'mdy', basis: 'conflict' };
  if (dayFirst) return { order: 'dmy', basis: 'evidence' };
  return { order: 'mdy', basis: monthFirst ? 'evidence' : 'assumed' };
}

/**
 * Reads a date cell: ISO (2024-03-05, or a date-time, taken as the local date it falls on),
 * 2024/03/05, 2024年3月5日, M/D/YYYY or D/M/YYYY by `order` (also with dots, dashes, two-digit
 * years and a time), month names in English or Spanish, and Excel serial numbers (45356).
 * Empty cells give null; anything else unreadable throws with a reason to show.
 */
export function parseDateCell(raw: string, order: DateOrder): CalendarDate | null {
  const text = raw.trim();
  if (text === '') return null;
  let m: RegExpExecArray | null;
  if (ZONED.test(text) && YMD.test(text)) return toLocalDate(text);
  if ((m = YMD.exec(text) ?? CJK.exec(text))) return valid(+m[1], +m[2], +m[3]) ?? fail(text);
  if ((m = NUMERIC.exec(text))) {
    const [month, day] = order === 'mdy' ? [+m[1], +m[2]] : [+m[2], +m[1]];
    if (month > 12) throw new DateCellError(text, order, `"${text}" doesn't fit the ${order === 'mdy' ? 'month/day/year' : 'day/month/year'} dates in this file.`);
    return valid(fullYear(m[3]), month, day) ?? fail(text);
  }
  if (/^\d{5}(?:\.\d+)?$/.test(text)) {
    const serial = Math.floor(Number(text));
    // 10000–99999 is 1927–2173; smaller numbers are more likely years or ids than dates.
    if (serial >= 10_000) return addDays('1899-12-30', serial);
  }
  const folded = foldText(text).replace(/\s+/g, ' ');
  if ((m = MONTH_FIRST.exec(folded)) && MONTHS[m[1]]) return valid(+m[3], MONTHS[m[1]], +m[2]) ?? fail(text);
  if ((m = DAY_FIRST.exec(folded)) && MONTHS[m[2]]) return valid(fullYear(m[3]), MONTHS[m[2]], +m[1]) ?? fail(text);
  return fail(text);
}

function fail(text: string): never {
  throw new DateCellError(text, null, `"${text.slice(0, 60)}" is not a date we can read; use a form like 2024-03-05.`);
}

/** A date cell that can't be read: `order` is set when it only fails the file's month/day order. */
export class DateCellError extends RangeError {
  constructor(
    readonly text: string,
    readonly order: DateOrder | null,
    message: string,
  ) {
    super(message);
    this.name = 'DateCellError';
  }
}
