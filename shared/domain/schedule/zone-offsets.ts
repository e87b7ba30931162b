// A memo of each zone's UTC offsets, year by year, read from the Temporal polyfill's own
// transition data (getTimeZoneTransition). A month view converts a few thousand times
// between wall clock and UTC; asking Temporal each time costs ~10 µs a call, a look-up
// here well under one. Anything within a day of a transition is left to Temporal, so the
// memo never has to decide how a skipped or repeated hour resolves.
import { Temporal } from 'temporal-polyfill';

interface ZoneYear {
  /** The year's first and next year's first instant (UTC ms). */
  from: number;
  to: number;
  /** Instants (UTC ms) at which the offset changes during the year, ascending. */
  at: number[];
  /** offsets[0] holds from the start of the year; offsets[i + 1] from at[i]. In ms. */
  offsets: number[];
}

const DAY_MS = 86_400_000;
const years = new Map<string, Map<number, ZoneYear>>();
// Each zone's last year asked for: a month view asks for the same year over a thousand times
// in a row, and this look-up builds no key and makes no Date.
const lastYear = new Map<string, ZoneYear>();

function zoneYear(zone: string, year: number): ZoneYear {
  let byYear = years.get(zone);
  if (!byYear) years.set(zone, (byYear = new Map()));
  let table = byYear.get(year);
  if (!table) {
    const from = Date.UTC(year, 0, 1);
    const to = Date.UTC(year + 1, 0, 1);
    let cursor: Temporal.ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(from).toZonedDateTimeISO(zone);
    table = { from, to, at: [], offsets: [cursor.offsetNanoseconds / 1e6] };
    for (;;) {
      cursor = cursor.getTimeZoneTransition('next');
      if (!cursor || cursor.epochMilliseconds >= to) break;
      table.at.push(cursor.epochMilliseconds);
      table.offsets.push(cursor.offsetNanoseconds / 1e6);
    }
    byYear.set(year, table);
  }
  return table;
}

function zoneYearAt(ms: number, zone: string): ZoneYear {
  const last = lastYear.get(zone);
  if (last && ms >= last.from && ms < last.to) return last;
  const table = zoneYear(zone, new Date(ms).getUTCFullYear());
  lastYear.set(zone, table);
  return table;
}

/** The zone's UTC offset (ms) at an instant. */
export function offsetAt(ms: number, zone: string): number {
  if (zone === 'UTC') return 0;
  const table = zoneYearAt(ms, zone);
  let i = 0;
  while (i < table.at.length && table.at[i] <= ms) i += 1;
  return table.offsets[i];
}

/** The one offset in force for the whole of [from, to], or null when it changes in between. */
export function steadyOffset(from: number, to: number, zone: string): number | null {
  if (zone === 'UTC') return 0;
  const first = offsetAt(from, zone);
  for (let year = new Date(from).getUTCFullYear(); year <= new Date(to).getUTCFullYear(); year++) {
    const table = zoneYear(zone, year);
    if (table.at.some((t) => t > from && t <= to)) return null;
  }
  return first;
}

/** Reads 'YYYY-MM-DDTHH:mm[:ss]' or 'YYYY-MM-DD' as if it were UTC: the wall clock's own number line. */
export function wallAsUtc(wall: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(wall);
  if (!m || +m[1] < 1000) return null;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
}

/** UTC ms for a wall time when no offset change is near it; null means "ask Temporal". */
export function fastToUtc(wall: string, zone: string): number | null {
  const local = wallAsUtc(wall);
  if (local === null) return null;
  const offset = steadyOffset(local - DAY_MS, local + DAY_MS, zone);
  return offset === null ? null : local - offset;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The wall time at an instant, from the memo (exact: the offset in force is the library's). */
export function fastFromUtc(ms: number, zone: string): string {
  const d = new Date(ms + offsetAt(ms, zone));
  const wall = `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
  return d.getUTCSeconds() ? `${wall}:${pad2(d.getUTCSeconds())}` : wall;
}
