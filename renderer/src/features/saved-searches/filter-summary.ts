import type { TFunction } from 'i18next';
import type { JobFilter } from '../../../../shared/domain/jobs';

/** "$20.00", in the user's number format. */
export function formatMoney(amount: number, currency: string, language: string): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(language, { style: 'currency', currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(amount);
}

/** The filter in words, one short phrase per part: "Words: forklift", "Pay at least $20 an hour". */
export function describeFilter(filter: JobFilter, t: TFunction, language: string): string[] {
  const or = (items: string[]) => new Intl.ListFormat(language, { type: 'disjunction' }).format(items);
  const parts: string[] = [];
  if (filter.text) parts.push(t('savedSearches.summary.text', { value: filter.text }));
  if (filter.location) parts.push(t('savedSearches.summary.location', { value: filter.location }));
  if (filter.minPay) {
    const amount = formatMoney(filter.minPay.amount, filter.minPay.currency, language);
    parts.push(t('savedSearches.summary.minPay', { value: t(`savedSearches.periods.${filter.minPay.period}`, { amount }) }));
  }
  if (filter.stages?.length) parts.push(t('savedSearches.summary.stages', { value: or(filter.stages.map((s) => t(`activity.stages.${s}`))) }));
  if (filter.sources?.length) parts.push(t('savedSearches.summary.source', { value: or(filter.sources) }));
  return parts.length ? parts : [t('savedSearches.summary.everything')];
}
