// Conversions between wall-clock times in a zone and UTC instants, through the Temporal
// polyfill (which reads the IANA rules from Intl), so daylight-saving changes are the
// library's business, not ours.
import { Temporal } from 'temporal-polyfill';
import { isCalendarDate } from '../jobs/calendar-date';
import type { WallTime } from './event';
import { fastFromUtc, fastToUtc, offsetAt } from './zone-offsets';

// The memo covers years 1000–9999; outside them (never in practice) Temporal answers directly.
const MEMO_FROM = Date.UTC(1000, 0, 1);
const MEMO_TO = Date.UTC(9999, 11, 31);

/** The computer's IANA time zone, or 'UTC' when the runtime cannot tell. */
export function defaultTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The plain date-time a wall time names; an all-day date is its midnight. */
export function plainDateTimeOf(wall: WallTime): Temporal.PlainDateTime {
  return Temporal.PlainDateTime.from(isCalendarDate(wall) ? `${wall}T00:00` : wall);
}

/**
 * The instant (UTC ms) of a wall time in a zone. A time that a spring-forward skips moves
 * forward by the gap and a time that a fall-back repeats means its first occurrence, as
 * RFC 5545 (3.3.5) and Temporal's 'compatible' choice both say.
 */
export function toUtc(wall: WallTime, zone: string): number {
  return fastToUtc(wall, zone) ?? plainDateTimeOf(wall).toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
}

/** The zoned date-time of a wall time in a zone. */
export function zonedOf(wall: WallTime, zone: string): Temporal.ZonedDateTime {
  return plainDateTimeOf(wall).toZonedDateTime(zone, { disambiguation: 'compatible' });
}

/** Formats a plain or zoned date-time as a wall time: 'YYYY-MM-DDTHH:mm', with ':ss' only when the seconds are not zero. */
export function wallOf(dateTime: Temporal.PlainDateTime | Temporal.ZonedDateTime): WallTime {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${String(dateTime.year).padStart(4, '0')}-${pad(dateTime.month)}-${pad(dateTime.day)}`;
  const time = `${pad(dateTime.hour)}:${pad(dateTime.minute)}`;
  return dateTime.second ? `${date}T${time}:${pad(dateTime.second)}` : `${date}T${time}`;
}

/** The wall time in a zone at an instant (UTC ms). */
export function fromUtc(ms: number, zone: string): WallTime {
  if (ms >= MEMO_FROM && ms < MEMO_TO) return fastFromUtc(ms, zone);
  return wallOf(Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone));
}

/** The calendar date in a zone at an instant (UTC ms). */
export function dateInZone(ms: number, zone: string): string {
  return fromUtc(ms, zone).slice(0, 10);
}

/** A wall time moved by whole minutes of wall-clock time (what "move the meeting one hour later" means). */
export function addWallMinutes(wall: WallTime, minutes: number): WallTime {
  return wallOf(plainDateTimeOf(wall).add({ minutes }));
}

/** A wall date-time moved by whole days, keeping its time of day. */
export function addWallDays(wall: WallTime, days: number): WallTime {
  if (isCalendarDate(wall)) return Temporal.PlainDate.from(wall).add({ days }).toString();
  return wallOf(plainDateTimeOf(wall).add({ days }));
}

/** Wall-clock minutes from `from` to `to` (dates count from midnight). */
export function wallMinutesBetween(from: WallTime, to: WallTime): number {
  return plainDateTimeOf(from).until(plainDateTimeOf(to), { largestUnit: 'minutes' }).minutes;
}

/** The UTC offset of a zone at an instant, in minutes east of Greenwich. */
export function offsetMinutes(ms: number, zone: string): number {
  return Math.round(offsetAt(ms, zone) / 60_000);
}
