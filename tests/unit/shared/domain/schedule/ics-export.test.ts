// toIcs: RFC 5545 form (CRLF, folding at 75 octets, escaping, UIDs, DTSTAMP, VTIMEZONE),
// checked by re-reading the output with ical.js as Google, Outlook and Thunderbird would.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  editOccurrence,
  escapeText,
  foldLine,
  occurrencesBetween,
  parseIcs,
  toIcs,
  mergeImport,
  type ScheduleEvent,
} from '../../../../../shared/domain/schedule';
import { at, makeEvent, weekly } from './make-event';

const NOW = Date.UTC(2027, 0, 15, 12);
const ctx = (prefix: string) => {
  let n = 0;
  return { now: '2027-01-15T12:00:00.000Z', newId: () => `${prefix}-${String(++n).padStart(4, '0')}` };
};

/** Occurrence starts (UTC ISO) of the calendar's VEVENTs as ical.js expands them with the file's own VTIMEZONEs. */
function icalJsOccurrences(ics: string, from: number, to: number): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  const vevents = calendar.getAllSubcomponents('vevent');
  const starts: string[] = [];
  try {
    const exceptions = vevents.filter((v) => v.hasProperty('recurrence-id')).map((v) => new ICAL.Event(v));
    for (const vevent of vevents.filter((v) => !v.hasProperty('recurrence-id'))) {
      const event = new ICAL.Event(vevent);
      for (const exception of exceptions) if (exception.uid === event.uid) event.relateException(exception);
      if (!event.isRecurring()) {
        const ms = event.startDate.toJSDate().getTime();
        if (ms >= from && ms < to) starts.push(new Date(ms).toISOString());
        continue;
      }
      const iterator = event.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) {
        const details = event.getOccurrenceDetails(next);
        const ms = details.startDate.toJSDate().getTime();
        if (ms >= to) break;
        if (ms >= from) starts.push(new Date(ms).toISOString());
      }
    }
  } finally {
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.remove(String(vtimezone.getFirstPropertyValue('tzid')));
  }
  return starts.sort();
}

const ours = (events: ScheduleEvent[], from: number, to: number) =>
  occurrencesBetween(events, from, to, { viewZone: 'UTC' })
    .map((o) => new Date(o.startUtc).toISOString())
    .sort();

describe('toIcs: the text', () => {
  it('escapes TEXT values and folds long lines at 75 octets without splitting a UTF-8 character', () => {
    expect(escapeText('Interview; bring CV, ID\\passport\nRoom 2')).toBe('Interview\\; bring CV\\, ID\\\\passport\\nRoom 2');
    const folded = foldLine(`SUMMARY:${'Entrevista en Peña y Compañía — 面试 🙂 '.repeat(6)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const [i, line] of lines.entries()) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(line.startsWith(' ')).toBe(true);
      // Each physical line is valid UTF-8 on its own: no character was cut in two.
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).not.toThrow();
    }
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${'Entrevista en Peña y Compañía — 面试 🙂 '.repeat(6)}`);
  });

  it('writes CRLF lines, a product id, DTSTAMP, the stable UID and our kind and reminders', () => {
    const event = makeEvent({ id: 'interview-01', kind: 'interview', title: 'Interview, Acme; 2nd round', notes: 'Ask about\nthe team', reminders: [1440, 60] });
    const ics = toIcs([event], { now: NOW });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines).toContain('UID:interview-01@career-organizer');
    expect(lines).toContain('DTSTAMP:20270115T120000Z');
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20270302T100000');
    expect(lines).toContain('SUMMARY:Interview\\, Acme\\; 2nd round');
    expect(lines).toContain('DESCRIPTION:Ask about\\nthe team');
    expect(lines).toContain('X-CAREER-ORGANIZER-KIND:interview');
    expect(lines.filter((l) => l.startsWith('TRIGGER:'))).toEqual(['TRIGGER:-PT1440M', 'TRIGGER:-PT60M']);
    expect(lines.filter((l) => l === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    expect(lines).toContain('TZID:Europe/Berlin');
  });

  it('keeps every physical line of a busy calendar within 75 octets', () => {
    const busy = weekly('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;UNTIL=20281231T235959Z', {
      title: 'Práctica de entrevistas — 面试练习 🙂 '.repeat(5).trim(),
      location: 'Biblioteca Pública de Tacoma, Sala de Conferencias B, 1102 Tacoma Ave S',
      notes: 'Línea uno\nLínea dos; con punto y coma, y comas'.repeat(20),
      timeZone: 'America/Argentina/Buenos_Aires',
      start: '2027-03-01T09:00',
      end: '2027-03-01T10:00',
    });
    const withDates = { ...busy, recurrence: { ...busy.recurrence!, exdates: Array.from({ length: 12 }, (_, i) => `2027-03-${String(i + 2).padStart(2, '0')}T09:00`) } };
    const ics = toIcs([withDates], { now: NOW });
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const reread = parseIcs(ics, { defaultZone: 'UTC' });
    expect(reread.events[0].fields.title).toBe(withDates.title);
    expect(reread.events[0].fields.notes).toBe(withDates.notes);
    expect(reread.events[0].fields.recurrence).toEqual(withDates.recurrence);
  });

  it('writes UTC events with Z times and no VTIMEZONE, and all-day events as dates', () => {
    const utc = makeEvent({ timeZone: 'UTC', start: '2027-03-02T10:00', end: '2027-03-02T11:30' });
    const day = makeEvent({ allDay: true, start: '2027-03-05', end: '2027-03-06' });
    const lines = toIcs([utc, day], { now: NOW }).split('\r\n');
    expect(lines).toContain('DTSTART:20270302T100000Z');
    expect(lines).toContain('DTEND:20270302T113000Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270305');
    expect(lines).toContain('DTEND;VALUE=DATE:20270306');
    expect(lines).not.toContain('BEGIN:VTIMEZONE');
  });

  it('exports only what meets a date range, with the series and exceptions it needs', () => {
    const early = makeEvent({ title: 'January', start: '2027-01-10T10:00', end: '2027-01-10T11:00' });
    const late = makeEvent({ title: 'June', start: '2027-06-10T10:00', end: '2027-06-10T11:00' });
    const series = weekly('FREQ=WEEKLY;COUNT=30', { title: 'Club', start: '2027-01-05T18:00', end: '2027-01-05T19:00' });
    const moved = editOccurrence({ series, overrides: [] }, '2027-03-09T18:00', { title: 'Club (moved)' }, ctx('o')).put[0];
    const ics = toIcs([early, late, series, moved], { from: at('2027-03-01T00:00Z'), to: at('2027-04-01T00:00Z'), now: NOW });
    const summaries = ics.split('\r\n').filter((l) => l.startsWith('SUMMARY:'));
    expect(summaries).toEqual(['SUMMARY:Club', 'SUMMARY:Club (moved)']);
    expect(ics).toContain('RECURRENCE-ID;TZID=Europe/Berlin:20270309T180000');
  });
});

describe('toIcs: consumers get the same occurrences', () => {
  const span = [at('2026-12-01T00:00Z'), at('2029-01-01T00:00Z')] as const;

  it.each([
    ['America/Los_Angeles', 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20281231T000000Z'],
    ['Europe/Berlin', 'FREQ=WEEKLY;BYDAY=MO,TH;COUNT=120'],
    ['Australia/Sydney', 'FREQ=MONTHLY;BYDAY=-1FR'],
    ['Asia/Tokyo', 'FREQ=DAILY;INTERVAL=3;COUNT=200'],
    ['America/Sao_Paulo', 'FREQ=WEEKLY'],
  ])('ical.js, reading our VTIMEZONE for %s, expands %s to the same instants across every DST change', (zone, rrule) => {
    const series = weekly(rrule, { start: '2027-01-04T09:30', end: '2027-01-04T10:30', timeZone: zone });
    // Move the event's day to one the rule produces, so DTSTART is in step with the rule as RFC 5545 asks.
    const ics = toIcs([series], { now: NOW });
    const expected = ours([series], ...span);
    expect(expected.length).toBeGreaterThan(20);
    expect(icalJsOccurrences(ics, ...span)).toEqual(expected);
  });

  it('describes a change of DST rules inside the span (the US in 2007) so ical.js agrees before and after it', () => {
    // 09:30, not 01:30: ical.js reads the repeated hour of a fall-back Sunday as its second
    // occurrence, where RFC 5545 (3.3.5) and we say the first; that disagreement is ical.js's.
    const series = weekly('FREQ=WEEKLY;BYDAY=SU;UNTIL=20081231T000000Z', { start: '2006-01-01T09:30', end: '2006-01-01T10:00', timeZone: 'America/New_York' });
    const ics = toIcs([series], { now: NOW });
    // One rule for 2005–2006 (first Sunday of April, last of October), another from 2007 (second of March, first of November).
    expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=');
    expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n');
    const span = [at('2006-01-01T00:00Z'), at('2009-01-01T00:00Z')] as const;
    expect(ours([series], ...span)).toHaveLength(157);
    expect(icalJsOccurrences(ics, ...span)).toEqual(ours([series], ...span));
  });

  it('a weekly workshop exported and imported into an empty calendar has the same occurrences, exceptions and fields', () => {
    const series = weekly('FREQ=WEEKLY;BYDAY=WE;COUNT=12', {
      id: 'workshop-01',
      kind: 'workshop',
      title: 'CV workshop, room 3',
      start: '2027-03-03T17:00',
      end: '2027-03-03T18:30',
      timeZone: 'America/Los_Angeles',
      location: 'WorkSource, 1st floor',
      url: 'https://example.org/workshops?id=1&lang=es',
      notes: 'Bring: CV; ID\nParking behind the building',
      reminders: [120, 15],
    });
    const withExdate = { ...series, recurrence: { ...series.recurrence!, exdates: ['2027-03-17T17:00'] } };
    const moved = editOccurrence({ series: withExdate, overrides: [] }, '2027-03-24T17:00', { start: '2027-03-25T09:00', end: '2027-03-25T10:30' }, ctx('x')).put[0];
    const original = [withExdate, moved];
    const ics = toIcs(original, { now: NOW });

    const parsed = parseIcs(ics, { defaultZone: 'Asia/Tokyo' });
    expect(parsed.skipped).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    const plan = mergeImport([], parsed.events, ctx('fresh'));
    expect(plan.add).toHaveLength(2);
    const [importedSeries, importedOverride] = plan.add;
    const pick = (e: ScheduleEvent) => ({ ...e, id: undefined, createdAt: undefined, updatedAt: undefined, override: e.override && { ...e.override, seriesId: undefined } });
    expect(pick(importedSeries)).toEqual(pick(withExdate));
    expect(pick(importedOverride)).toEqual(pick(moved));
    expect(importedOverride.override!.seriesId).toBe(importedSeries.id);
    const window = [at('2027-03-01T00:00Z'), at('2027-06-01T00:00Z')] as const;
    expect(ours(plan.add, ...window)).toEqual(ours(original, ...window));
    expect(icalJsOccurrences(ics, ...window)).toEqual(ours(original, ...window));
  });

  it('importing our own export twice changes nothing the second time', () => {
    const events = [makeEvent({ title: 'One' }), weekly('FREQ=DAILY;COUNT=5', { title: 'Two', allDay: true, start: '2027-04-01', end: '2027-04-02' })];
    const parsed = parseIcs(toIcs(events, { now: NOW }), { defaultZone: 'UTC' });
    const plan = mergeImport(events, parsed.events, ctx('again'));
    expect(plan.add).toEqual([]);
    expect(plan.update).toEqual([]);
    expect(plan.unchanged.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
  });
});
