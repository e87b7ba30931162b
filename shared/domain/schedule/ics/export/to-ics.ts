// toIcs: events as an RFC 5545 calendar that Google Calendar, Outlook, Apple Calendar and
// Thunderbird open: CRLF lines folded at 75 octets, escaped text, stable UIDs, a DTSTAMP,
// a VTIMEZONE for every zone used (UTC times need none), and edited occurrences as
// VEVENTs with the series' UID and a RECURRENCE-ID.
import { isCalendarDate } from '../../../jobs/calendar-date';
import type { ScheduleEvent, WallTime } from '../../event';
import { MAX_WINDOW_MS, occurrencesBetween } from '../../occurrences';
import { icsDate, icsUtcStamp, isEndless } from '../../rrule';
import { addWallDays, toUtc } from '../../time-zones';
import { KIND_PROPERTY, OUTCOME_PROPERTY } from '../event-text';
import { contentLine, escapeText } from './content-line';
import { buildVtimezone } from './vtimezone';

export interface ToIcsOptions {
  /** Only events with an occurrence from this instant (UTC ms)... */
  from?: number;
  /** ...to this one. A series is exported whole when any occurrence falls in the range. */
  to?: number;
  /** The time of the export (DTSTAMP); now by default. */
  now?: number;
  /** X-WR-CALNAME: the name calendar programs show for an imported calendar. */
  calendarName?: string;
}

export const PRODUCT_ID = '-//Career Organizer//My schedule//EN';

/** The events (and the series and edited occurrences that belong with them) as one .ics text. */
export function toIcs(events: readonly ScheduleEvent[], options: ToIcsOptions = {}): string {
  const chosen = chooseEvents(events, options);
  const byId = new Map(events.map((e) => [e.id, e]));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', contentLine('PRODID', PRODUCT_ID), 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName) lines.push(contentLine('X-WR-CALNAME', escapeText(options.calendarName)));
  for (const [zone, years] of zonesUsed(chosen, options.now ?? Date.now())) lines.push(...buildVtimezone(zone, years.from - 1, years.to + 1));
  const dtstamp = icsUtcStamp(options.now ?? Date.now());
  for (const event of chosen) lines.push(...vevent(event, event.override ? byId.get(event.override.seriesId) : undefined, dtstamp));
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

/** All events, or those in the range with their series and the series' edited occurrences; series before their exceptions. */
function chooseEvents(events: readonly ScheduleEvent[], options: ToIcsOptions): ScheduleEvent[] {
  const ordered = [...events].sort((a, b) => Number(a.override !== null) - Number(b.override !== null) || a.rangeStartUtc - b.rangeStartUtc);
  if (options.from === undefined && options.to === undefined) return ordered;
  const from = options.from ?? Math.max(-8.64e15, (options.to ?? 0) - MAX_WINDOW_MS);
  const to = options.to ?? from + MAX_WINDOW_MS;
  const inRange =
    to - from <= MAX_WINDOW_MS
      ? new Set(occurrencesBetween(events, from, to, { viewZone: 'UTC' }).flatMap((o) => [o.eventId, o.seriesId ?? o.eventId]))
      : new Set(events.filter((e) => e.rangeStartUtc < to && e.rangeEndUtc >= from).flatMap((e) => [e.id, e.override?.seriesId ?? e.id]));
  return ordered.filter((e) => inRange.has(e.id) || (e.override !== null && inRange.has(e.override.seriesId)));
}

/** Each zone that needs a VTIMEZONE, with the years its events span. */
function zonesUsed(events: readonly ScheduleEvent[], now: number): Map<string, { from: number; to: number }> {
  const zones = new Map<string, { from: number; to: number }>();
  const nowYear = new Date(now).getUTCFullYear();
  for (const event of events) {
    if (event.allDay || event.timeZone === 'UTC') continue;
    const first = Number(event.start.slice(0, 4));
    let last = Number(event.end.slice(0, 4));
    if (event.recurrence) {
      const endless = isEndless(event.recurrence.rrule);
      last = endless ? Math.max(first, nowYear) : Math.max(last, new Date(Math.min(event.rangeEndUtc, 8.64e15)).getUTCFullYear());
    }
    const span = zones.get(event.timeZone);
    zones.set(event.timeZone, { from: Math.min(span?.from ?? first, first), to: Math.max(span?.to ?? last, last) });
  }
  return zones;
}

/** DTSTART-style property for a wall time: a DATE, a UTC time, or a local time with its TZID. */
function timeLine(name: string, wall: WallTime, zone: string, allDay: boolean): string {
  if (allDay || isCalendarDate(wall)) return contentLine(name, icsDate(wall.slice(0, 10)), { VALUE: 'DATE' });
  if (zone === 'UTC') return contentLine(name, icsUtcStamp(toUtc(wall, 'UTC')));
  return contentLine(name, localStamp(wall), { TZID: zone });
}

function localStamp(wall: WallTime): string {
  return `${wall.slice(0, 4)}${wall.slice(5, 7)}${wall.slice(8, 10)}T${wall.slice(11, 13)}${wall.slice(14, 16)}${wall.length > 16 ? wall.slice(17, 19) : '00'}`;
}

/** EXDATE or RDATE lines: one for date-times in the zone, one for bare dates. */
function dateListLines(name: string, walls: readonly WallTime[], zone: string, allDay: boolean): string[] {
  const dates = walls.filter((w) => allDay || isCalendarDate(w)).map((w) => icsDate(w.slice(0, 10)));
  const times = walls.filter((w) => !allDay && !isCalendarDate(w));
  const lines: string[] = [];
  if (dates.length) lines.push(contentLine(name, dates.join(','), { VALUE: 'DATE' }));
  if (times.length && zone === 'UTC') lines.push(contentLine(name, times.map((w) => icsUtcStamp(toUtc(w, 'UTC'))).join(',')));
  else if (times.length) lines.push(contentLine(name, times.map(localStamp).join(','), { TZID: zone }));
  return lines;
}

function vevent(event: ScheduleEvent, series: ScheduleEvent | undefined, dtstamp: string): string[] {
  const end = event.allDay && event.end.slice(0, 10) <= event.start.slice(0, 10) ? addWallDays(event.start.slice(0, 10), 1) : event.end;
  const lines = [
    'BEGIN:VEVENT',
    contentLine('UID', event.uid),
    `DTSTAMP:${dtstamp}`,
    `CREATED:${icsUtcStamp(Date.parse(event.createdAt))}`,
    `LAST-MODIFIED:${icsUtcStamp(Date.parse(event.updatedAt))}`,
    timeLine('DTSTART', event.start, event.timeZone, event.allDay),
    timeLine('DTEND', end, event.timeZone, event.allDay),
  ];
  if (event.override) {
    const seriesZone = series?.timeZone ?? event.timeZone;
    lines.push(timeLine('RECURRENCE-ID', event.override.recurrenceId, seriesZone, series?.allDay ?? event.allDay));
  }
  if (event.recurrence) {
    lines.push(contentLine('RRULE', event.recurrence.rrule));
    lines.push(...dateListLines('EXDATE', event.recurrence.exdates, event.timeZone, event.allDay));
    lines.push(...dateListLines('RDATE', event.recurrence.rdates, event.timeZone, event.allDay));
  }
  lines.push(contentLine('SUMMARY', escapeText(event.title)));
  if (event.location) lines.push(contentLine('LOCATION', escapeText(event.location)));
  if (event.notes) lines.push(contentLine('DESCRIPTION', escapeText(event.notes)));
  if (event.url) lines.push(contentLine('URL', event.url.replace(/[\r\n]/g, ''), { VALUE: 'URI' }));
  if (event.outcome === 'cancelled') lines.push('STATUS:CANCELLED');
  lines.push(contentLine(KIND_PROPERTY.toUpperCase(), event.kind));
  if (event.outcome) lines.push(contentLine(OUTCOME_PROPERTY.toUpperCase(), event.outcome));
  for (const minutes of event.reminders) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', contentLine('DESCRIPTION', escapeText(event.title)), `TRIGGER:${minutes === 0 ? 'PT0M' : `-PT${minutes}M`}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}
