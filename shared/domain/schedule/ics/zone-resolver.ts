// Deciding which IANA zone a TZID means. Google, Apple and Thunderbird write IANA names;
// Outlook writes Windows names ("W. Europe Standard Time") or display names ("(UTC+01:00)
// Amsterdam, Berlin ..."); some producers prefix the IANA name ("/mozilla.org/.../Europe/
// Berlin", "custom_America/New_York"). When the name says nothing, the VTIMEZONE's own
// offsets are compared with every zone the runtime knows, across the years in question.
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { isKnownTimeZone } from '../event';
import { offsetAt, wallAsUtc } from '../zone-offsets';
import { ianaForWindowsZone } from './windows-zones';

/** How a TZID was understood. */
export type ZoneResolution =
  /** An IANA zone; `via` says how we got there when the TZID was not the IANA name itself. */
  | { kind: 'iana'; zone: string; via: 'name' | 'windows' | 'prefixed' | 'offsets' }
  /** A VTIMEZONE no known zone matches: its times are converted to instants with its own rules. */
  | { kind: 'vtimezone'; timezone: ICAL.Timezone }
  /** An unknown TZID with no VTIMEZONE: the times are read as local times in the default zone. */
  | { kind: 'unknown' };

let allZones: string[] | null = null;
function knownZones(): string[] {
  if (!allZones) {
    const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
    allZones = [...new Set([...(intl.supportedValuesOf?.('timeZone') ?? []), 'UTC'])];
  }
  return allZones;
}

const DAY_MS = 86_400_000;

export class ZoneResolver {
  private readonly cache = new Map<string, ZoneResolution>();

  /** `vtimezones`: the file's VTIMEZONE components by TZID; `preferred`: the user's zone, chosen first when offsets tie. */
  constructor(
    private readonly vtimezones: ReadonlyMap<string, ICAL.Component>,
    private readonly preferred: string,
  ) {}

  /** What a TZID means, judged around `year` (the year of the event that uses it first). */
  resolve(tzid: string, year: number): ZoneResolution {
    let resolution = this.cache.get(tzid);
    if (!resolution) {
      resolution = this.decide(tzid, year);
      this.cache.set(tzid, resolution);
    }
    return resolution;
  }

  private decide(tzid: string, year: number): ZoneResolution {
    const name = tzid.trim().replace(/^"|"$/g, '');
    const component = this.vtimezones.get(tzid) ?? this.vtimezones.get(name);
    const vtimezone = component ? new ICAL.Timezone(component) : null;
    if (isIanaName(name)) return { kind: 'iana', zone: name, via: 'name' };
    const windows = ianaForWindowsZone(name);
    if (windows) return { kind: 'iana', zone: windows, via: 'windows' };
    const prefixed = ianaSuffix(name);
    if (prefixed && (!vtimezone || sameOffsets(dailySamples(vtimezone, year), prefixed))) return { kind: 'iana', zone: prefixed, via: 'prefixed' };
    if (!vtimezone) return { kind: 'unknown' };
    const matched = this.matchByOffsets(vtimezone, name, year);
    return matched ? { kind: 'iana', zone: matched, via: 'offsets' } : { kind: 'vtimezone', timezone: vtimezone };
  }

  /** The zone whose offsets equal the VTIMEZONE's at noon every day of the year before, of, and after `year`. */
  private matchByOffsets(vtimezone: ICAL.Timezone, name: string, year: number): string | null {
    // Four quarterly samples rule out almost every zone cheaply; survivors are checked daily.
    const quick = [0, 3, 6, 9].map((month) => Date.UTC(year, month, 15, 12));
    const expected = quick.map((local) => vtimezoneOffset(vtimezone, local));
    const survivors = knownZones().filter((zone) => quick.every((local, i) => temporalOffset(local - expected[i], zone) === expected[i]));
    const samples = dailySamples(vtimezone, year);
    const matches = survivors.filter((zone) => sameOffsets(samples, zone));
    if (matches.length === 0) return null;
    const lowerName = name.toLowerCase();
    const city = (zone: string) => zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ').toLowerCase();
    return (
      matches.find((zone) => zone === this.preferred) ??
      matches.find((zone) => zone.includes('/') && lowerName.includes(city(zone))) ??
      matches.find((zone) => MAIN_ZONES.has(zone)) ??
      [...matches].sort()[0]
    );
  }
}

/** True for names like 'Europe/Berlin' or 'UTC' that this runtime knows. */
function isIanaName(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name) && isKnownTimeZone(name);
}

/** The IANA name at the end of a prefixed TZID ('/mozilla.org/20050126_1/America/New_York' → 'America/New_York'). */
function ianaSuffix(name: string): string | null {
  for (let i = 1; i < name.length; i++) {
    if (!'/_- '.includes(name[i - 1])) continue;
    const candidate = name.slice(i);
    if (candidate.includes('/') && isIanaName(candidate)) return candidate;
  }
  return null;
}

/** Zones to prefer among equals: America/Los_Angeles rather than America/Vancouver for "(UTC-08:00) Pacific Time". */
const MAIN_ZONES = new Set([
  'America/Los_Angeles', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/New_York', 'America/Halifax',
  'America/Anchorage', 'Pacific/Honolulu', 'America/Mexico_City', 'America/Bogota', 'America/Sao_Paulo', 'America/Argentina/Buenos_Aires',
  'Europe/London', 'Europe/Berlin', 'Europe/Paris', 'Europe/Madrid', 'Europe/Athens', 'Europe/Moscow', 'Africa/Cairo',
  'Africa/Johannesburg', 'Africa/Lagos', 'Asia/Dubai', 'Asia/Kolkata', 'Asia/Shanghai', 'Asia/Tokyo', 'Asia/Singapore',
  'Australia/Sydney', 'Australia/Perth', 'Pacific/Auckland', 'UTC',
]);

/** The VTIMEZONE's UTC offset (ms) at a local wall time given as "UTC-like" ms. */
function vtimezoneOffset(vtimezone: ICAL.Timezone, localMs: number): number {
  const d = new Date(localMs);
  const time = new ICAL.Time(
    { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: 0, second: 0, isDate: false },
    vtimezone,
  );
  return vtimezone.utcOffset(time) * 1000;
}

function temporalOffset(instant: number, zone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(zone).offsetNanoseconds / 1e6;
}

interface OffsetSample {
  local: number;
  offset: number;
}

/** The VTIMEZONE's offset at noon local time on every day from a year before `year` to a year after. */
function dailySamples(vtimezone: ICAL.Timezone, year: number): OffsetSample[] {
  const samples: OffsetSample[] = [];
  const last = wallAsUtc(`${year + 1}-12-31T12:00`)!;
  for (let local = wallAsUtc(`${year - 1}-01-01T12:00`)!; local <= last; local += DAY_MS) {
    samples.push({ local, offset: vtimezoneOffset(vtimezone, local) });
  }
  return samples;
}

/** Whether an IANA zone has the same offset at every sample. */
function sameOffsets(samples: readonly OffsetSample[], zone: string): boolean {
  return samples.every(({ local, offset }) => offsetAt(local - offset, zone) === offset);
}
