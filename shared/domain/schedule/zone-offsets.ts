// A memo of each zone's UTC offsets, year by year, read from the Temporal polyfill's own
// transition data (getTimeZoneTransition). A month view converts a few thousand times
// between wall clock and UTC; asking Temporal each time costs ~10 µs a call, a look-up
// here well under one. Anything within a day of a transition is left to Temporal, so the
// memo never has to decide how a skipped or repeated hour resolves.
import { Temporal } from 'temporal-polyfill';

interface ZoneYear {
  /** Instants (UTC ms) at which the offset changes during the year, ascending. */
  at: number[];
  /** offsets[0] holds from the start of the year; offsets[i + 1] from at[i]. In ms. */
  offsets: number[];
}

const DAY_MS = 86_400_000;
const years = new Map<string, ZoneYear>();

function zoneYear(zone: string, year: number): ZoneYear {
  const key = `${zone}|${year}`;
  let table = years.get(key);
  if (!table) {
    const yearEnd = Date.UTC(year + 1, 0, 1);
    let cursor: Temporal.ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(Date.UTC(year, 0, 1)).toZonedDateTimeISO(zone);
    table = { at: [], offsets: [cursor.offsetNanoseconds / 1e6] };
    for (;;) {
      cursor = cursor.getTimeZoneTransition('next');
      if (!cursor || cursor.epochMilliseconds >= yearEnd) break;
      table.at.push(cursor.epochMilliseconds);
      table.offsets.push(cursor.offsetNanoseconds / 1e6);
    }
    years.set(key, table);
  }
  return table;
}

/** The zone's UTC offset (ms) at an instant. */
export function offsetAt(ms: number, zone: string): number {
  if (zone === 'UTC') return 0;
  const table = zoneYear(zone, new Date(ms).getUTCFullYear());
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

/** The wall time at an instant, from the memo (exact: the offset in force is the library's). */
export function fastFromUtc(ms: number, zone: string): string {
  const d = new Date(ms + offsetAt(ms, zone));
  const pad = (n: number) => String(n).padStart(2, '0');
  const wall = `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return d.getUTCSeconds() ? `${wall}:${pad(d.getUTCSeconds())}` : wall;
}
