// Every real-world calendar in ../shared/fixtures/real/ics: each valid event imports with
// the right start, end, zone, all-day flag and recurrence; broken ones report what they skip.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeIcsBytes, occurrencesBetween, parseIcs, createEventRecord, type IcsParseResult } from '../../../../../shared/domain/schedule';
import { realFixtures } from '../../../../support/library';

const dir = realFixtures('ics');
if (!dir) console.log('skipping real-world iCalendar fixtures: ../shared/fixtures/real/ics is missing');

const ZONE = 'America/Los_Angeles';
const load = (name: string): IcsParseResult => parseIcs(decodeIcsBytes(fs.readFileSync(path.join(dir!, name))).text, { defaultZone: ZONE });
const only = (result: IcsParseResult) => {
  expect(result.events).toHaveLength(1);
  return result.events[0].fields;
};
const shape = (f: ReturnType<typeof only>) => ({ start: f.start, end: f.end, timeZone: f.timeZone, allDay: f.allDay, recurrence: f.recurrence });

describe.skipIf(!dir)('real-world iCalendar files', () => {
  it('reads every file without throwing, and reports something for every VEVENT', () => {
    for (const name of fs.readdirSync(dir!).filter((n) => n.endsWith('.ics'))) {
      const text = fs.readFileSync(path.join(dir!, name), 'utf8');
      const result = load(name);
      const vevents = (text.match(/^BEGIN:VEVENT/gm) ?? []).length;
      expect(result.error, name).toBeNull();
      expect(result.events.length + result.skipped.length, name).toBe(vevents);
    }
  });

  it('Google Calendar: a UTC event lands at the same moment in the user zone, with its display alarms', () => {
    for (const name of ['alarm_google_future.ics', 'alarm_google_acknowledged.ics']) {
      const result = load(name);
      const f = only(result);
      // 18:15Z on 4 October 2024 is 11:15 in Los Angeles (PDT, UTC-7).
      expect(shape(f)).toEqual({ start: '2024-10-04T11:15', end: '2024-10-04T12:00', timeZone: ZONE, allDay: false, recurrence: null });
      expect(result.events[0].uid).toBe('79fs7pkqvht9m5igs0vjv1sfra@google.com');
      expect(f.title).toBe('event with alarms');
      // The EMAIL alarm is the server's job; the three display alarms become reminders.
      expect(f.reminders).toEqual([15, 14, 10]);
    }
  });

  it('Thunderbird: Europe/London wall times with the VTIMEZONE Thunderbird writes', () => {
    const f = only(load('alarm_thunderbird_future.ics'));
    expect(shape(f)).toEqual({ start: '2024-10-23T15:00', end: '2024-10-23T16:00', timeZone: 'Europe/London', allDay: false, recurrence: null });
    expect(f.reminders).toEqual([45, 15]);
  });

  it('Etar (Android): a London start and a UTC end become one zone', () => {
    const f = only(load('alarm_etar_future.ics'));
    // DTEND 13:00Z is 14:00 British Summer Time.
    expect(shape(f)).toEqual({ start: '2024-10-05T13:00', end: '2024-10-05T14:00', timeZone: 'Europe/London', allDay: false, recurrence: null });
    expect(f.reminders).toEqual([30, 25, 5]);
  });

  it('a custom TZID with a New York VTIMEZONE resolves to America/New_York', () => {
    const result = load('america_new_york.ics');
    expect(shape(only(result))).toEqual({ start: '2014-08-29T08:00', end: '2014-08-29T10:00', timeZone: 'America/New_York', allDay: false, recurrence: null });
  });

  it('Vienna: a TZID with VTIMEZONE, and a weekly series with EXDATEs on separate lines', () => {
    const single = only(load('timezoned.ics'));
    expect(shape(single)).toEqual({ start: '2012-02-13T10:00', end: '2012-02-17T18:00', timeZone: 'Europe/Vienna', allDay: false, recurrence: null });
    expect([single.title, single.location, single.notes]).toEqual(['artsprint 2012', 'aka bild, wien', 'sprinting at the artsprint']);

    const series = only(load('event_with_recurrence_exdates_on_different_lines.ics'));
    expect(series.timeZone).toBe('Europe/Vienna');
    expect(series.recurrence!.rrule).toBe('FREQ=WEEKLY;UNTIL=20120703T080000Z;BYDAY=TU');
    const record = createEventRecord(series, { id: 'vienna-0001', now: '2024-01-01T00:00:00.000Z' });
    const starts = occurrencesBetween([record], Date.UTC(2012, 2, 1), Date.UTC(2012, 7, 1)).map((o) => o.start.slice(0, 10));
    expect(starts).toEqual(['2012-03-27', '2012-04-24', '2012-05-08', '2012-05-15', '2012-05-22', '2012-06-05', '2012-06-12', '2012-06-19', '2012-06-26', '2012-07-03']);
  });

  it('a floating daily series keeps its EXDATEs on the days they name', () => {
    const f = only(load('event_with_recurrence.ics'));
    expect(f.timeZone).toBe(ZONE);
    expect(f.recurrence).toEqual({ rrule: 'FREQ=DAILY;COUNT=100', exdates: ['1996-04-02T01:00', '1996-04-03T01:00', '1996-04-04T01:00'], rdates: [] });
    const record = createEventRecord(f, { id: 'floating-01', now: '2024-01-01T00:00:00.000Z' });
    const first = occurrencesBetween([record], Date.UTC(1996, 2, 31), Date.UTC(1996, 3, 7)).map((o) => o.start);
    expect(first).toEqual(['1996-04-01T01:00', '1996-04-05T01:00', '1996-04-06T01:00']);
  });

  it('all-day series with a date UNTIL; the event with an empty EXDATE imports with a warning', () => {
    const result = load('parsing_error.ics');
    expect(result.events.map((e) => e.fields.notes)).toEqual(['Perfectly OK event', 'Wrong event']);
    for (const e of result.events) {
      expect(shape(e.fields)).toEqual({
        start: '2008-03-03',
        end: '2008-03-04',
        timeZone: ZONE,
        allDay: true,
        recurrence: { rrule: 'FREQ=DAILY;UNTIL=20080323', exdates: ['2008-03-11'], rdates: [] },
      });
    }
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([['ignored-dates', 13]]);
  });

  it('an unknown TZID without VTIMEZONE reads as local time and says so', () => {
    const result = load('issue_526_calendar_with_events.ics');
    expect(result.events.map((e) => [e.uid, e.fields.title, e.fields.start, e.fields.end])).toEqual([
      ['1', "Some event ':'", '2021-11-01T16:00', '2021-11-01T16:30'],
      ['2', 'Some other event', '2021-11-01T16:40', '2021-11-01T16:50'],
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(['unknown-time-zone', 'unknown-time-zone']);
    expect(result.warnings[0].params).toMatchObject({ tzid: 'Western/Central Europe', zone: ZONE });
  });

  it('events whose only extra date is a bare time import without it, with a warning', () => {
    const result = load('multiple_timezones.ics');
    expect(result.events.map((e) => [e.uid, e.fields.start, e.fields.timeZone])).toEqual([
      ['test-vtime-named-timezone', '2021-03-02T00:00', 'America/New_York'],
      ['test-vtime-utc', '2021-03-01T16:00', ZONE],
      ['test-vtime-floating', '2021-03-02T00:00', ZONE],
    ]);
    expect(result.warnings.every((w) => w.code === 'ignored-dates')).toBe(true);
    expect(result.warnings).toHaveLength(3);
  });

  it('reports events without a start, by line, and imports nothing from them', () => {
    const big = load('big_bad_calendar.ics');
    expect(big.events).toHaveLength(0);
    expect(big.skipped).toHaveLength(20);
    expect(big.skipped.every((s) => s.code === 'no-start')).toBe(true);
    expect(big.skipped.slice(0, 3).map((s) => s.line)).toEqual([2, 4, 6]);
    expect(load('small_bad_calendar.ics').skipped.map((s) => s.code)).toEqual(['no-start']);
    const rdates = load('rfc_5545_RDATE_example.ics');
    expect(rdates.skipped.map((s) => [s.uid, s.code])).toEqual(['0', '1', '2', '3', '4', '5'].map((uid) => [uid, 'no-start']));
    const colon = load('pr_480_summary_with_colon.ics');
    expect(colon.skipped.map((s) => s.summary)).toEqual(["Example calendar with a ': ' in the summary", "Another event with a ': ' in the summary"]);
    expect(colon.skipped[0].message).toContain('has no start time');
  });

  it('reads the file with a byte-order mark, the empty calendars and the one with an odd parameter', () => {
    for (const name of ['bom_calendar.ics', 'empty.ics', 'calendar_with_unicode.ics']) {
      expect(load(name)).toMatchObject({ events: [], skipped: [], error: null });
    }
    expect(load('calendar_with_unicode.ics').calendarName).toBe('äöü ÄÖÜ €');
    // DTSTART;;VALUE=DATE-TIME: ical.js reads the double semicolon, and the value is unambiguous.
    expect(shape(only(load('broken_ical.ics')))).toMatchObject({ start: '2014-04-09T09:30', end: '2014-04-09T09:30', allDay: false });
  });
});
