import type { TFunction } from 'i18next';
import type { CalendarDate, Pay } from '../../../../shared/domain/jobs';
import { label } from '../../i18n/label-templates';

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

// Making an Intl formatter costs far more than using one; a table row uses several.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(language: string, style: 'medium' | 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${language}|${style}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(language, { dateStyle: style, timeZone: 'UTC' })));
  return format;
}

function numberFormat(language: string, currency: string | null, cents = false): Intl.NumberFormat {
  const key = `${language}|${currency ?? ''}|${cents}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = currency
      ? new Intl.NumberFormat(language, { style: 'currency', currency, minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 })
      : new Intl.NumberFormat(language);
    numberFormats.set(key, format);
  }
  return format;
}

/** A calendar date ('YYYY-MM-DD', or the date part of a timestamp) as "Mar 4, 2025" in the user's language. */
export function formatDay(date: CalendarDate | null | undefined, language: string, style: 'medium' | 'long' | 'short' = 'medium'): string {
  const m = date ? DAY.exec(date) : null;
  if (!m) return '';
  // Noon UTC, formatted in UTC: the same day on every computer, whatever its time zone.
  const instant = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12));
  return dateFormat(language, style).format(instant);
}

/** An amount of money: "$20", "$20.50", "MX$15,000". */
export function formatMoney(amount: number, currency: string, language: string): string {
  const cents = Math.round(amount * 100) % 100 !== 0;
  try {
    return numberFormat(language, currency, cents).format(amount);
  } catch {
    return `${numberFormat(language, null).format(amount)} ${currency}`;
  }
}

/** A pay range as a phrase: "$20–$25 an hour", "Up to $60,000 a year", "From $18". */
export function formatPay(pay: Pay | null, language: string, t: TFunction): string {
  if (!pay) return '';
  const money = (n: number) => formatMoney(n, pay.currency, language);
  let amount: string;
  // Through message templates: the table words a pay range for every row that comes into view.
  if (pay.min !== null && pay.max !== null && pay.min !== pay.max) amount = label(t, 'jobs.pay.range', { min: money(pay.min), max: money(pay.max) });
  else if (pay.min !== null && pay.max !== null) amount = money(pay.min);
  else if (pay.min !== null) amount = label(t, 'jobs.pay.from', { amount: money(pay.min) });
  else amount = label(t, 'jobs.pay.upTo', { amount: money(pay.max ?? 0) });
  return pay.period ? label(t, `jobs.pay.per.${pay.period}`, { amount }) : amount;
}

/** A whole number in the user's format: "10,000" or "10.000". */
export function formatCount(value: number, language: string): string {
  return numberFormat(language, null).format(value);
}
