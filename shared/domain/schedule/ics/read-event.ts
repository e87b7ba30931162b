// One VEVENT into our fields: times in one zone, the recurrence checked by the same
// compiler the calendar uses, and every doubt reported rather than guessed silently.
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { describeIssues } from '../../jobs/job';
import { EventDraftSchema, type EventFields, type WallTime } from '../event';
import { compileRule, isEndless, normaliseUntil, parseRrule } from '../rrule';
import { addWallDays, fromUtc, wallOf } from '../time-zones';
import { skip, warn, type IcsSkip, type IcsWarning } from './import-result';
import { KIND_PROPERTY, kindOf, limitText, linkOf, outcomeOf, remindersOf, textOf } from './event-text';
import { readTime, readTimes, type IcsTime, type TimeContext } from './times';

/** An event as read, before overrides are tied to their series. */
export interface ReadEvent {
  uid: string;
  summary: string;
  line: number;
  fields: EventFields;
  declared: { kind: boolean; outcome: boolean; reminders: boolean };
  recurrenceId: IcsTime | null;
  /** STATUS:CANCELLED on an edited occurrence means the occurrence was deleted. */
  cancelled: boolean;
  warnings: IcsWarning[];
}

export interface ReadContext extends TimeContext {
  /** The title for events without a SUMMARY, in the user's language. */
  untitled: string;
}

/** Reads a VEVENT; a skip when it cannot become an event. `fallbackUid` is used when it has no UID. */
export function readEvent(component: ICAL.Component, line: number, fallbackUid: string, ctx: ReadContext): ReadEvent | IcsSkip {
  const summary = textOf(component, 'summary').trim();
  const uid = textOf(component, 'uid').trim() || fallbackUid;
  const where = { uid, summary: summary || null, line };
  const warnings: IcsWarning[] = [];

  const dtstart = component.getFirstProperty('dtstart');
  if (!dtstart) return skip('no-start', where);
  const start = readTime(dtstart.getFirstValue(), dtstart.getFirstParameter('tzid') ?? null, ctx);
  if (!start) return skip('bad-start', where);
  warnings.push(...zoneWarnings(start, where, ctx));

  let recur: unknown;
  try {
    recur = component.getFirstPropertyValue('rrule');
  } catch (error) {
    // ical.js decodes the rule when first asked; a bad UNTIL or COUNT throws here.
    return skip('bad-repeat-rule', where, { detail: error instanceof Error ? error.message : String(error) });
  }
  const rdates = readTimes(component, 'rdate', ctx);
  const repeats = recur instanceof ICAL.Recur || rdates.times.length > 0;
  const allDay = start.kind === 'date';
  // A UTC or instant-only start of a one-off event is shown in the user's zone (the same moment); a series keeps
  // UTC so its rule repeats as the producer meant. Floating and unknown-zone times are local times in the user's zone.
  const zone = start.kind === 'date' ? ctx.defaultZone : start.source === 'utc' || start.source === 'instant' ? (repeats ? 'UTC' : ctx.defaultZone) : start.zone;
  const startWall = start.kind === 'date' ? start.date : wallIn(start, zone, false);
  const startMs = start.kind === 'date' ? Temporal.PlainDate.from(start.date).toZonedDateTime(zone).epochMilliseconds : start.instant;

  const end = readEnd(component, start, startWall, zone, ctx);
  if (end === 'before-start') return skip('end-before-start', where);

  if (rdates.unreadable > 0) warnings.push(warn('ignored-dates', where, { count: String(rdates.unreadable) }));
  let recurrence: EventFields['recurrence'] = null;
  if (repeats) {
    const rrule = recur instanceof ICAL.Recur ? recur.toString() : 'FREQ=DAILY;COUNT=1';
    const freq = parseRrule(rrule).get('FREQ')?.toUpperCase();
    if (freq === 'MINUTELY' || freq === 'SECONDLY') return skip('unsupported-repeat', where);
    let normalised: string;
    try {
      normalised = normaliseUntil(rrule, allDay, zone);
      compileRule(normalised, startWall, allDay, zone);
    } catch (error) {
      return skip('bad-repeat-rule', where, { detail: error instanceof Error ? error.message : String(error) });
    }
    if (isEndless(normalised)) warnings.push(warn('endless-repeat', where));
    const exdates = readTimes(component, 'exdate', ctx);
    if (exdates.unreadable > 0) warnings.push(warn('ignored-dates', where, { count: String(exdates.unreadable) }));
    // A floating series' exceptions name its local times, whatever zone marker they carry.
    const floating = start.kind === 'date-time' && (start.source === 'floating' || start.source === 'unknown-zone');
    const place = (t: IcsTime) => (floating && t.kind === 'date-time' ? t.wall : wallIn(t, zone, allDay));
    recurrence = { rrule: normalised, exdates: exdates.times.map(place), rdates: rdates.times.map(place) };
  }

  const description = limitText(textOf(component, 'description'));
  const location = limitText(textOf(component, 'location'));
  if (description.cut || location.cut || summary.length > 100_000) warnings.push(warn('shortened-text', where));
  const link = linkOf(component);
  const ours = component.hasProperty(KIND_PROPERTY);
  const fields: EventFields = {
    kind: kindOf(component, summary),
    title: limitText(summary || ctx.untitled).text,
    start: startWall,
    end: end.wall,
    allDay,
    timeZone: zone,
    location: location.text,
    url: link.url,
    notes: limitText([description.text, link.extraNote].filter(Boolean).join('\n\n')).text,
    outcome: outcomeOf(component),
    jobId: null,
    contactId: null,
    schoolId: null,
    recurrence,
    reminders: remindersOf(component, startMs, end.ms - startMs, ours),
  };
  const checked = EventDraftSchema.safeParse({ ...fields, uid, override: null });
  if (!checked.success) return skip('invalid', where, { detail: describeIssues(checked.error) });

  const recurrenceIdProperty = component.getFirstProperty('recurrence-id');
  const recurrenceId = recurrenceIdProperty
    ? readTime(recurrenceIdProperty.getFirstValue(), recurrenceIdProperty.getFirstParameter('tzid') ?? null, ctx)
    : null;
  const cancelled = recurrenceId !== null && textOf(component, 'status').trim().toUpperCase() === 'CANCELLED';
  const declared = {
    kind: component.hasProperty(KIND_PROPERTY),
    outcome: fields.outcome !== null,
    reminders: ours || component.getAllSubcomponents('valarm').length > 0,
  };
  return { uid, summary, line, fields, declared, recurrenceId, cancelled, warnings };
}

/** A read time as a wall time in `zone`: a date for all-day series, the written wall time when it is already in that zone. */
export function wallIn(time: IcsTime, zone: string, allDay: boolean): WallTime {
  if (time.kind === 'date') return time.date;
  const sameZone = time.zone === zone && (time.source === 'zone' || time.source === 'floating' || time.source === 'unknown-zone');
  const wall = sameZone ? time.wall : fromUtc(time.instant, zone);
  return allDay ? wall.slice(0, 10) : wall;
}

/** DTEND, or DTSTART plus DURATION, or the RFC default (a day for dates, no length for date-times). */
function readEnd(component: ICAL.Component, start: IcsTime, startWall: WallTime, zone: string, ctx: TimeContext): { wall: WallTime; ms: number } | 'before-start' {
  const dtend = component.getFirstProperty('dtend');
  const endTime = dtend ? readTime(dtend.getFirstValue(), dtend.getFirstParameter('tzid') ?? null, ctx) : null;
  const duration = component.getFirstPropertyValue('duration');
  if (start.kind === 'date') {
    let end = addWallDays(start.date, 1);
    if (endTime) end = endTime.kind === 'date' ? endTime.date : wallIn(endTime, zone, true);
    else if (duration instanceof ICAL.Duration) end = addWallDays(start.date, Math.ceil(duration.toSeconds() / 86_400));
    if (end < start.date) return 'before-start';
    if (end === start.date) end = addWallDays(start.date, 1);
    return { wall: end, ms: Temporal.PlainDate.from(end).toZonedDateTime(zone).epochMilliseconds };
  }
  let endMs = start.instant;
  if (endTime) endMs = endTime.kind === 'date' ? Temporal.PlainDate.from(endTime.date).toZonedDateTime(zone).epochMilliseconds : endTime.instant;
  else if (duration instanceof ICAL.Duration) {
    // Days and weeks in a DURATION are nominal (RFC 5545 3.3.6): a day is a calendar day even across DST.
    const days = (duration.weeks ?? 0) * 7 + (duration.days ?? 0);
    const rest = ((duration.hours ?? 0) * 3600 + (duration.minutes ?? 0) * 60 + (duration.seconds ?? 0)) * (duration.isNegative ? -1 : 1);
    const afterDays = Temporal.PlainDateTime.from(startWall).toZonedDateTime(zone).add({ days: duration.isNegative ? -days : days });
    endMs = afterDays.epochMilliseconds + rest * 1000;
  }
  if (endMs < start.instant) return 'before-start';
  const wall = endTime && endTime.kind === 'date-time' && endTime.zone === zone && endTime.source === 'zone' ? endTime.wall : fromUtc(endMs, zone);
  return { wall: wall < startWall ? wallOf(Temporal.PlainDateTime.from(startWall)) : wall, ms: endMs };
}

/** Warnings about how the start's zone was understood. */
function zoneWarnings(start: IcsTime, where: { uid: string; summary: string | null; line: number }, ctx: TimeContext): IcsWarning[] {
  if (start.kind !== 'date-time' || !start.tzid) return [];
  if (start.source === 'unknown-zone') return [warn('unknown-time-zone', where, { tzid: start.tzid, zone: ctx.defaultZone })];
  if (start.source === 'instant') return [warn('time-zone-kept-as-utc', where, { tzid: start.tzid })];
  const resolution = ctx.resolver.resolve(start.tzid, Number(start.wall.slice(0, 4)));
  if (resolution.kind === 'iana' && resolution.via === 'offsets') return [warn('time-zone-by-offsets', where, { tzid: start.tzid, zone: resolution.zone })];
  return [];
}
