import type { PayPeriod, PostingPay, RemoteType } from '../../../shared/contract/jobs';
import { htmlToLine } from './html-text';
import { deref, type LdNode } from './json-ld';

// Readers for the JobPosting properties, each forgiving of the shapes real boards send:
// a value or an array of values, a string or a typed object, a reference by @id.

type Refs = Map<string, LdNode>;

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const asNode = (value: unknown, refs: Refs): LdNode | null => {
  const v = deref(value, refs);
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as LdNode) : null;
};

/** A short piece of text from a string or number, cleaned of markup; null when empty. */
export function textOf(value: unknown, maxChars = 500): string | null {
  const v = Array.isArray(value) ? value.find((x) => typeof x === 'string' || typeof x === 'number') : value;
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const line = htmlToLine(String(v), maxChars);
  return line || null;
}

/** The name of an organisation, place or country given as a string or as an object with a name. */
function nameOf(value: unknown, refs: Refs): string | null {
  for (const item of asArray(value)) {
    const direct = textOf(item, 300);
    if (direct) return direct;
    const node = asNode(item, refs);
    const named = node && (textOf(node.name, 300) ?? textOf(node.legalName, 300));
    if (named) return named;
  }
  return null;
}

/** hiringOrganization as the employer's name. */
export function employerOf(value: unknown, refs: Refs): string | null {
  return nameOf(value, refs);
}

/** jobLocation (one place or several) as "City, Region, Country; City, ..." for display. */
export function locationOf(jobLocation: unknown, applicantRequirements: unknown, refs: Refs): string | null {
  const places: string[] = [];
  for (const item of asArray(jobLocation)) {
    const place = asNode(item, refs);
    const text = place ? placeText(place, refs) : textOf(item, 300);
    if (text && !places.includes(text)) places.push(text);
  }
  // A remote job may name only where applicants must live ("United States").
  if (places.length === 0) {
    for (const item of asArray(applicantRequirements)) {
      const name = nameOf(item, refs);
      if (name && !places.includes(name)) places.push(name);
    }
  }
  return places.length > 0 ? places.join('; ').slice(0, 1000) : null;
}

function placeText(place: LdNode, refs: Refs): string | null {
  const address = deref(place.address, refs);
  const addr = asNode(address, refs);
  if (addr) {
    const parts = [addr.addressLocality, addr.addressRegion, addr.addressCountry]
      .map((part) => nameOf(part, refs))
      .filter((part): part is string => !!part);
    const unique = parts.filter((part, i) => parts.indexOf(part) === i);
    if (unique.length > 0) return unique.join(', ');
  }
  return textOf(address, 300) ?? nameOf(place.name, refs);
}

/** "remote" when jobLocationType says TELECOMMUTE or applicants' locations are given; else unknown. */
export function remoteOf(node: LdNode): RemoteType | null {
  const types = asArray(node.jobLocationType).filter((t): t is string => typeof t === 'string');
  if (types.some((t) => /telecommute/i.test(t))) return 'remote';
  if (asArray(node.applicantLocationRequirements).length > 0) return 'remote';
  return null;
}

const PERIODS: Record<string, PayPeriod> = {
  HOUR: 'hour', HOURLY: 'hour', PER_HOUR: 'hour',
  DAY: 'day', DAILY: 'day', PER_DAY: 'day',
  WEEK: 'week', WEEKLY: 'week', PER_WEEK: 'week',
  MONTH: 'month', MONTHLY: 'month', PER_MONTH: 'month',
  YEAR: 'year', YEARLY: 'year', ANNUAL: 'year', ANNUALLY: 'year', PER_YEAR: 'year',
};

/** A number from 55000, "55000", "55,000.00" or "$55,000"; null otherwise. */
function amountOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const match = /\d[\d,]*(?:\.\d+)?/.exec(value);
  const n = match ? Number(match[0].replace(/,/g, '')) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** baseSalary (a MonetaryAmount, its QuantitativeValue, or a bare number) as a range with its period. */
export function payOf(value: unknown, refs: Refs): PostingPay | null {
  for (const item of asArray(value)) {
    const bare = amountOf(item);
    if (bare !== null) return { min: bare, max: bare, currency: null, period: null };
    const money = asNode(item, refs);
    if (!money) continue;
    const inner = asNode(money.value, refs);
    const from = inner ?? money;
    let min = amountOf(from.minValue) ?? amountOf(money.minValue);
    let max = amountOf(from.maxValue) ?? amountOf(money.maxValue);
    const single = amountOf(inner ? inner.value : money.value);
    if (min === null && max === null && single !== null) min = max = single;
    if (min === null && max === null) continue;
    if (min !== null && max !== null && min > max) [min, max] = [max, min];
    const unit = textOf(from.unitText ?? money.unitText, 40)?.toUpperCase().replace(/[\s-]+/g, '_');
    const currency = textOf(money.currency ?? from.currency, 10)?.toUpperCase() ?? null;
    return { min, max, currency, period: (unit && PERIODS[unit]) || null };
  }
  return null;
}

/** A date or date-time as YYYY-MM-DD, keeping the day the posting wrote (no time-zone shift). */
export function dayOf(value: unknown): string | null {
  // Only text with a four-digit year is a date: Date would read "12" as December 2001.
  const text = typeof value === 'string' ? textOf(value, 60) : null;
  if (!text || !/\d{4}/.test(text)) return null;
  const literal = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (literal) {
    const [, y, m, d] = literal.map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? literal[0] : null;
  }
  // Other forms ("May 3, 2024") parse as local midnight, so read them back in local time.
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
}

/** identifier (a PropertyValue, a string or a number) as the job number. */
export function jobNumberOf(value: unknown, refs: Refs): string | null {
  for (const item of asArray(value)) {
    const direct = textOf(item, 200);
    if (direct) return direct;
    const node = asNode(item, refs);
    const inner = node && textOf(node.value, 200);
    if (inner) return inner;
  }
  return null;
}

const EMPLOYMENT: Record<string, string> = {
  FULL_TIME: 'Full-time', PART_TIME: 'Part-time', CONTRACTOR: 'Contractor', TEMPORARY: 'Temporary',
  INTERN: 'Internship', VOLUNTEER: 'Volunteer', PER_DIEM: 'Per diem', OTHER: 'Other',
};

/** employmentType (a value, a list, or "FULL_TIME, PART_TIME") in words: "Full-time, Part-time". */
export function employmentTypeOf(value: unknown): string | null {
  const words = asArray(value)
    .flatMap((item) => (typeof item === 'string' ? item.split(',') : []))
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => EMPLOYMENT[item.toUpperCase().replace(/[\s-]+/g, '_')] ?? htmlToLine(item, 60));
  const unique = words.filter((w, i) => w && words.indexOf(w) === i);
  return unique.length > 0 ? unique.join(', ').slice(0, 300) : null;
}
