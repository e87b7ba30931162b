// Reading DATE and DATE-TIME values (DTSTART, DTEND, EXDATE, RDATE, RECURRENCE-ID) into
// wall times and instants, with the zone each TZID resolves to.
import ICAL from 'ical.js';
import { fromUtc, toUtc } from '../time-zones';
import type { ZoneResolver } from './zone-resolver';

/** A time read from the file. */
export type IcsTime =
  | { kind: 'date'; date: string }
  /**
   * A date-time: its instant, its wall time in `zone`, and how the zone was known: 'utc' (a Z
   * value), 'zone' (a TZID we resolved), 'instant' (only its moment is exact: a VTIMEZONE no
   * known zone matches), 'floating' (no zone given: local time wherever the user is),
   * 'unknown-zone' (a TZID we could not resolve and no VTIMEZONE: read as floating).
   */
  | { kind: 'date-time'; instant: number; wall: string; zone: string; source: 'utc' | 'zone' | 'instant' | 'floating' | 'unknown-zone'; tzid: string | null };

/** What reading needs: the file's zone resolver and the zone floating times are in. */
export interface TimeContext {
  resolver: ZoneResolver;
  defaultZone: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isTime(value: unknown): value is ICAL.Time {
  return value instanceof ICAL.Time;
}

/** Reads one DATE or DATE-TIME value; null when it is neither (a bare TIME, an empty value). */
export function readTime(value: unknown, tzid: string | null, ctx: TimeContext): IcsTime | null {
  if (!isTime(value) || !Number.isFinite(value.year) || value.year < 1000) return null;
  const date = `${pad(value.year, 4)}-${pad(value.month)}-${pad(value.day)}`;
  if (value.isDate) return { kind: 'date', date };
  const wall = `${date}T${pad(value.hour)}:${pad(value.minute)}${value.second ? `:${pad(value.second)}` : ''}`;
  if (value.zone?.tzid === 'UTC' && !tzid) return { kind: 'date-time', instant: toUtc(wall, 'UTC'), wall, zone: 'UTC', source: 'utc', tzid: null };
  if (!tzid) return { kind: 'date-time', instant: toUtc(wall, ctx.defaultZone), wall, zone: ctx.defaultZone, source: 'floating', tzid: null };
  const resolution = ctx.resolver.resolve(tzid, value.year);
  if (resolution.kind === 'iana') return { kind: 'date-time', instant: toUtc(wall, resolution.zone), wall, zone: resolution.zone, source: 'zone', tzid };
  if (resolution.kind === 'unknown') {
    return { kind: 'date-time', instant: toUtc(wall, ctx.defaultZone), wall, zone: ctx.defaultZone, source: 'unknown-zone', tzid };
  }
  const local = value.clone();
  local.zone = resolution.timezone;
  const instant = local.toUnixTime() * 1000;
  return { kind: 'date-time', instant, wall: fromUtc(instant, 'UTC'), zone: 'UTC', source: 'instant', tzid };
}

/** Every value of every property of one name (EXDATE and RDATE may repeat, each with several values). */
export function readTimes(component: ICAL.Component, name: string, ctx: TimeContext): { times: IcsTime[]; unreadable: number } {
  const times: IcsTime[] = [];
  let unreadable = 0;
  for (const property of component.getAllProperties(name)) {
    const tzid = property.getFirstParameter('tzid') ?? null;
    let values: unknown[];
    try {
      // ical.js decodes values when first asked; an empty or time-only value throws here.
      values = property.getValues();
    } catch {
      unreadable += 1;
      continue;
    }
    for (const raw of values) {
      // An RDATE may be a PERIOD (start/end or start/duration); its start is the occurrence.
      const value = raw instanceof ICAL.Period ? raw.start : raw;
      const time = readTime(value, tzid, ctx);
      if (time) times.push(time);
      else unreadable += 1;
    }
  }
  return { times, unreadable };
}
