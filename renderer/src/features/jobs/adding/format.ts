import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CalendarDate, Pay } from '../../../../../shared/domain/jobs';

/** The menu language, for Intl: numbers, money and dates follow it. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language ?? 'en';
}

/** A calendar date such as "March 3" (or "March 3, 2023" when not this year), in the user's language. */
export function formatDay(date: CalendarDate, locale: string, now = new Date()): string {
  const [year, month, day] = date.split('-').map(Number);
  const value = new Date(Date.UTC(year, month - 1, day));
  const sameYear = year === now.getFullYear();
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: sameYear ? undefined : 'numeric', timeZone: 'UTC' }).format(value);
}

/** An amount of money: "$18.50", "$55,000", "18,50 €"; cents only when there are some. */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const whole = Number.isInteger(amount);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(amount);
  } catch {
    // A currency code Intl does not know: the number and the code, side by side.
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount)} ${currency}`;
  }
}

/** Pay as people say it: "$18 to $22 an hour", "up to $25 an hour", "$55,000 a year". */
export function formatPay(pay: Pay, locale: string, t: TFunction): string {
  const money = (n: number) => formatMoney(n, pay.currency, locale);
  let amount: string;
  if (pay.min !== null && pay.max !== null) {
    amount = pay.min === pay.max ? money(pay.min) : t('jobsAdding.payText.range', { min: money(pay.min), max: money(pay.max) });
  } else if (pay.max !== null) amount = t('jobsAdding.payText.upTo', { max: money(pay.max) });
  else amount = t('jobsAdding.payText.from', { min: money(pay.min ?? 0) });
  return pay.period ? t(`jobsAdding.payText.${pay.period}`, { pay: amount }) : amount;
}

/** The name of a currency in the user's language ("US dollar", "dólar estadounidense"), or its code. */
export function currencyName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}
