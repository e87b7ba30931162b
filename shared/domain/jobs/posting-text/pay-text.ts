import type { Pay, PayPeriod } from '../pay';

// Currency markers before or after an amount. "$" is read as US dollars: the app is for
// job centres in the US; the user confirms every guess anyway.
const CURRENCIES: [RegExp, string][] = [
  [/^(?:US\$|USD)$/i, 'USD'],
  [/^(?:MX\$|MXN)$/i, 'MXN'],
  [/^(?:CA\$|C\$|CAD)$/i, 'CAD'],
  [/^(?:€|EUR)$/i, 'EUR'],
  [/^(?:£|GBP)$/i, 'GBP'],
  [/^(?:¥|円|JPY)$/i, 'JPY'],
  [/^(?:元|RMB|CNY)$/i, 'CNY'],
  [/^\$$/, 'USD'],
];
const CUR = String.raw`(?:US\$|MX\$|CA\$|C\$|\$|€|£|¥|円|元|USD|EUR|GBP|MXN|CAD|JPY|CNY|RMB)`;
const NUM = String.raw`\d{1,3}(?:[,.\u00a0 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const AMOUNT = String.raw`(${CUR})?\s?(${NUM})\s?([kK](?![a-zA-Z]))?\s?(${CUR})?`;
const SEP = String.raw`\s*(?:-|–|—|~|〜|to|a|hasta|y)\s*`;
const RANGE = new RegExp(`${AMOUNT}(?:${SEP}${AMOUNT})?`, 'i');

// Words for each period, in English, Spanish and a few Japanese/Chinese forms.
const PERIODS: [PayPeriod, RegExp][] = [
  ['hour', /\/\s*(?:hr|hour|h|hora)\b|\b(?:an?|per|each)\s+(?:hour|hr)\b|\bhourly\b|\bpor\s+hora\b|\bla\s+hora\b|\bp\/h\b|時給|时薪|每小时/i],
  ['year', /\/\s*(?:yr|year|año|ano|annum)\b|\b(?:an?|per)\s+(?:year|annum)\b|\bannual(?:ly)?\b|\byearly\b|\bal\s+año\b|\bpor\s+año\b|\banual(?:es)?\b|年収|年俸|年薪/i],
  ['month', /\/\s*(?:mo|month|mes)\b|\b(?:a|per)\s+month\b|\bmonthly\b|\bal\s+mes\b|\bpor\s+mes\b|\bmensual(?:es)?\b|月給|月薪/i],
  ['week', /\/\s*(?:wk|week|semana)\b|\b(?:a|per)\s+week\b|\bweekly\b|\bpor\s+semana\b|\ba\s+la\s+semana\b|\bsemanal(?:es)?\b|週給/i],
  ['day', /\/\s*(?:day|d[ií]a)\b|\b(?:a|per)\s+day\b|\bdaily\b|\bpor\s+d[ií]a\b|\bal\s+d[ií]a\b|\bdiario\b|日給|日薪/i],
];
const UP_TO = /\b(?:up\s+to|max(?:imum)?|hasta)\s*$/i;
const FROM = /\b(?:from|starting\s+(?:at|from)|min(?:imum)?|desde|a\s+partir\s+de)\s*$/i;

/** What pay a piece of text states, and how sure the reading is. */
export interface PayReading {
  pay: Pay;
  /** True when the text named a currency (not just a bare number). */
  hasCurrency: boolean;
  /** True when the text said how often ("an hour", "/yr", "por hora"). */
  hasPeriod: boolean;
}

/** Reads "55,000", "18,50", "1.234,56" or "55.000": a separator before exactly 1–2 final digits is the decimal point. */
export function parseAmount(raw: string): number {
  const compact = raw.replace(/[\s\u00a0]/g, '');
  const last = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'));
  const decimals = last >= 0 ? compact.length - last - 1 : 0;
  if (last >= 0 && decimals <= 2) {
    return Number(`${compact.slice(0, last).replace(/[.,]/g, '')}.${compact.slice(last + 1)}`);
  }
  return Number(compact.replace(/[.,]/g, ''));
}

function currencyOf(marker: string | undefined): string | null {
  if (!marker) return null;
  for (const [pattern, code] of CURRENCIES) if (pattern.test(marker)) return code;
  return null;
}

/** The pay period named anywhere in `text`, or null. */
export function findPayPeriod(text: string): PayPeriod | null {
  for (const [period, pattern] of PERIODS) if (pattern.test(text)) return period;
  return null;
}

/**
 * The first pay amount or range in `text`: "$18–$22 an hour", "$55,000 - $65,000 a year",
 * "20.50/hr", "$55k-65k", "Up to $25/hr", "18,50 € por hora". Null when there is none.
 * Unless `labelled` (the line said "Pay:"), an amount needs a currency to count as pay.
 */
export function readPay(text: string, labelled = false): PayReading | null {
  const line = text.slice(0, 1000);
  const m = RANGE.exec(line);
  if (!m) return null;
  const currency = currencyOf(m[1] ?? m[4]) ?? currencyOf(m[5] ?? m[8]);
  if (!currency && !labelled) return null;
  const scale = (k: string | undefined) => (k ? 1000 : 1);
  const first = parseAmount(m[2]) * scale(m[3] ?? m[7]);
  const second = m[6] === undefined ? null : parseAmount(m[6]) * scale(m[7]);
  if (!Number.isFinite(first) || (second !== null && !Number.isFinite(second))) return null;
  const before = line.slice(0, m.index);
  let min: number | null = first;
  let max: number | null = second ?? first;
  if (second === null && UP_TO.test(before)) min = null;
  else if (second === null && FROM.test(before)) max = null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const period = findPayPeriod(line);
  return { pay: { min, max, period, currency: currency ?? 'USD' }, hasCurrency: currency !== null, hasPeriod: period !== null };
}
