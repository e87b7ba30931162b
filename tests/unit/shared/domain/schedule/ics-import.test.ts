// parseIcs on Outlook- and Google-style files and on every kind of bad input the issue
// lists: each gives a clear message, and nothing half-imports silently.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createEventRecord,
  decodeIcsBytes,
  ENDLESS_UTC,
  ICS_MAX_BYTES,
  IcsTooLargeError,
  mergeImport,
  occurrencesBetween,
  parseIcs,
  type IcsParseResult,
} from '../../../../../shared/domain/schedule';
import { generateIcs } from './generate-ics';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name));
const ZONE = 'America/Los_Angeles';
const parse = (text: string) => parseIcs(text, { defaultZone: ZONE });
const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n');
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n');
const codes = (r: IcsParseResult) => ({ skipped: r.skipped.map((s) => s.code), warnings: r.warnings.map((w) => w.code) });

describe('time zones from other programs', () => {
  const result = parse(decodeIcsBytes(fixture('outlook-windows-zone.ics')).text);
  const byUid = new Map(result.events.map((e) => [e.uid, e]));

  it('maps Outlook\'s Windows zone names to IANA zones', () => {
    const interview = [...byUid.values()].find((e) => e.fields.title === 'Interview with Acme')!;
    expect(interview.uid).toBe('040000008200E00074C5B7101A82E0080000000010B7E1E7A0F9DA0100000000000000001000000012345678901234567890ABCDEF');
    expect(interview.fields).toMatchObject({ start: '2027-03-09T10:30', end: '2027-03-09T11:30', timeZone: 'America/Los_Angeles', kind: 'interview', reminders: [15] });
    expect(interview.fields.location).toBe('Acme Corp, 1200 Main St; Suite 4');
    expect(interview.fields.notes).toBe('Bring two copies of your résumé.\nAsk for María at the front desk.');
  });

  it('resolves a display-name TZID by its VTIMEZONE offsets across the years, and says so', () => {
    const club = byUid.get('job-club-berlin')!;
    expect(club.fields.timeZone).toBe('Europe/Amsterdam');
    expect(club.fields.recurrence!.rrule).toBe('FREQ=WEEKLY;COUNT=4;BYDAY=FR');
    const record = createEventRecord(club.fields, { id: 'job-club-01', now: '2027-02-01T00:00:00.000Z' });
    // 26 March is before the EU change (UTC+1), 2 April after it (UTC+2): 09:00 local both times.
    expect(occurrencesBetween([record], Date.UTC(2027, 2, 1), Date.UTC(2027, 4, 1)).map((o) => new Date(o.startUtc).toISOString())).toEqual([
      '2027-03-26T08:00:00.000Z',
      '2027-04-02T07:00:00.000Z',
      '2027-04-09T07:00:00.000Z',
      '2027-04-16T07:00:00.000Z',
    ]);
    expect(result.warnings.find((w) => w.uid === 'job-club-berlin')).toMatchObject({ code: 'time-zone-by-offsets', params: { zone: 'Europe/Amsterdam' } });
  });

  it('matches a fixed +05:45 custom zone to Kathmandu, and keeps a zone nobody uses at the same moments in UTC', () => {
    // ICU lists Kathmandu under its older spelling; either is the same IANA zone.
    expect(byUid.get('kathmandu-call')!.fields).toMatchObject({ timeZone: expect.stringMatching(/^Asia\/Kath?mandu$/), start: '2027-03-10T10:00' });
    expect(byUid.get('made-up-zone')!.fields).toMatchObject({ timeZone: ZONE, start: '2027-03-09T23:30', end: '2027-03-10T00:30' });
    expect(result.warnings.find((w) => w.uid === 'made-up-zone')).toMatchObject({ code: 'time-zone-kept-as-utc', params: { tzid: 'Made-up Summer Time' } });
    expect(result.skipped).toEqual([]);
  });

  it('reads a Google series with an edited and a cancelled occurrence, and an all-day deadline', () => {
    const google = parse(decodeIcsBytes(fixture('google-series.ics')).text);
    expect(google.calendarName).toBe('Job search');
    const series = google.events.find((e) => e.uid.startsWith('4q9') && e.recurrenceId === null)!;
    const moved = google.events.find((e) => e.recurrenceId !== null)!;
    const deadline = google.events.find((e) => e.uid.startsWith('7d2'))!;
    expect(google.events).toHaveLength(3);
    expect(series.fields).toMatchObject({
      kind: 'job-centre-appointment',
      timeZone: 'America/Los_Angeles',
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU', exdates: ['2027-03-16T09:00', '2027-03-30T09:00'], rdates: [] },
    });
    expect(deadline.fields).toMatchObject({ kind: 'application-deadline', allDay: true, start: '2027-03-15', end: '2027-03-16' });
    expect(moved).toMatchObject({ recurrenceId: '2027-03-23T09:00', fields: { start: '2027-03-24T14:00', title: 'Job centre appointment (moved)' } });
    expect(google.warnings.map((w) => w.code)).toEqual(['endless-repeat']);

    const plan = mergeImport([], google.events, { now: '2027-02-01T00:00:00.000Z', newId: (() => { let n = 0; return () => `google-${++n}`.padEnd(8, '0'); })() });
    const march = occurrencesBetween(plan.add, Date.UTC(2027, 2, 1), Date.UTC(2027, 3, 1), { viewZone: ZONE });
    expect(march.map((o) => `${o.start} ${o.event.title}`)).toEqual([
      '2027-03-02T09:00 Job centre appointment',
      '2027-03-09T09:00 Job centre appointment',
      '2027-03-15 Application deadline: Barista at Bean There',
      '2027-03-24T14:00 Job centre appointment (moved)',
    ]);
  });
});

describe('bad input: a clear message each, nothing half-applied', () => {
  it('an unknown TZID with no VTIMEZONE: imported as local time, with a warning naming the zone', () => {
    const r = parse(calendar(vevent('UID:a', 'SUMMARY:Meet', 'DTSTART;TZID=Mars/Olympus_Mons:20270302T100000', 'DTEND;TZID=Mars/Olympus_Mons:20270302T110000')));
    expect(r.events[0].fields).toMatchObject({ start: '2027-03-02T10:00', end: '2027-03-02T11:00', timeZone: ZONE });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0].message).toBe(
      '"Meet" uses the time zone "Mars/Olympus_Mons", which is not known and not described in the file; its times were read as local times in America/Los_Angeles.',
    );
  });

  it('a missing VTIMEZONE for an IANA TZID is no problem: the name says it all', () => {
    const r = parse(calendar(vevent('UID:b', 'SUMMARY:Call', 'DTSTART;TZID=Europe/Madrid:20270302T100000', 'DURATION:PT45M')));
    expect(r.events[0].fields).toMatchObject({ start: '2027-03-02T10:00', end: '2027-03-02T10:45', timeZone: 'Europe/Madrid' });
    expect(codes(r)).toEqual({ skipped: [], warnings: [] });
  });

  it('an event ending before it starts is skipped with its title and line; the others import', () => {
    const r = parse(
      calendar(
        vevent('UID:good', 'SUMMARY:Fine', 'DTSTART:20270302T100000Z', 'DTEND:20270302T110000Z'),
        vevent('UID:bad', 'SUMMARY:Backwards', 'DTSTART:20270302T100000Z', 'DTEND:20270302T090000Z'),
      ),
    );
    expect(r.events.map((e) => e.uid)).toEqual(['good']);
    expect(r.skipped).toEqual([
      { code: 'end-before-start', uid: 'bad', summary: 'Backwards', line: 9, params: { summary: 'Backwards' }, message: '"Backwards" ends before it starts.' },
    ]);
  });

  it('an RRULE without end imports as an endless series that is only ever expanded inside a window', () => {
    const r = parse(calendar(vevent('UID:forever', 'SUMMARY:Daily log', 'DTSTART;TZID=Europe/Berlin:20200101T080000', 'DURATION:PT15M', 'RRULE:FREQ=DAILY')));
    expect(codes(r)).toEqual({ skipped: [], warnings: ['endless-repeat'] });
    const record = createEventRecord(r.events[0].fields, { id: 'forever-01', now: '2027-01-01T00:00:00.000Z' });
    expect(record.rangeEndUtc).toBe(ENDLESS_UTC);
    expect(occurrencesBetween([record], Date.UTC(2099, 0, 1), Date.UTC(2099, 1, 1))).toHaveLength(31);
  });

  it('repeat rules that cannot be read or repeat every minute are skipped with the reason', () => {
    const r = parse(
      calendar(
        vevent('UID:x', 'SUMMARY:Odd', 'DTSTART:20270302T100000Z', 'RRULE:FREQ=WEEKLY;BYDAY=XX'),
        vevent('UID:y', 'SUMMARY:Busy', 'DTSTART:20270302T100000Z', 'RRULE:FREQ=MINUTELY;COUNT=5'),
      ),
    );
    expect(codes(r).skipped).toEqual(['bad-repeat-rule', 'unsupported-repeat']);
    expect(r.skipped[0].message).toBe('"Odd" has a repeat rule that cannot be read: the RRULE line is not valid.');
    expect(r.events).toEqual([]);
  });

  it('a line ical.js cannot read costs only that line', () => {
    const r = parse(calendar(vevent('UID:z', 'SUMMARY:Lunch', 'DTSTART:20270302T120000Z', 'THIS LINE HAS NO COLON', 'LOCATION:Café')));
    expect(r.events[0].fields.location).toBe('Café');
    expect(r.warnings.map((w) => [w.code, w.params.detail])).toEqual([['ignored-lines', 'THIS']]);
  });

  it('10,000 events in one file all import, in a few seconds', () => {
    const text = generateIcs(10_000);
    const t0 = performance.now();
    const r = parse(text);
    const seconds = (performance.now() - t0) / 1000;
    console.log(`parseIcs: 10,000 events (${(text.length / 1e6).toFixed(1)} MB) in ${seconds.toFixed(2)} s`);
    expect(r.error).toBeNull();
    expect(r.events).toHaveLength(10_000);
    expect(r.events[9_999].fields).toMatchObject({ title: 'Event number 9999', timeZone: 'America/New_York' });
    expect(seconds).toBeLessThan(30);
  });

  it('more events than the limit: nothing is imported and the message says how many fit', () => {
    const r = parseIcs(generateIcs(12), { defaultZone: ZONE, maxEvents: 10 });
    expect(r.events).toEqual([]);
    expect(r.error).toMatchObject({ code: 'too-many-events', message: 'This file has 12 events; up to 10 can be imported at once. Export a shorter date range and import that.' });
  });

  it('a 20 MB file is refused up front with the limit in the message', () => {
    const padding = 'x'.repeat(2_000);
    const text = generateIcs(10_000, { description: padding });
    expect(text.length).toBeGreaterThan(20_000_000);
    const r = parse(text);
    expect(r.events).toEqual([]);
    expect(r.error!.code).toBe('too-large');
    expect(r.error!.message).toMatch(/^This calendar file is 2\d\.\d MB; files up to 10 MB can be imported\. Export a shorter date range/);
    const bytes = new TextEncoder().encode(text);
    expect(() => decodeIcsBytes(bytes)).toThrow(IcsTooLargeError);
    expect(() => decodeIcsBytes(bytes.subarray(0, ICS_MAX_BYTES))).not.toThrow();
  });

  it('a byte-order mark is dropped, as bytes or as a character', () => {
    const text = calendar(vevent('UID:bom', 'SUMMARY:Café', 'DTSTART:20270302T100000Z'));
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const decoded = decodeIcsBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(parse(decoded.text).events[0].fields.title).toBe('Café');
    expect(parse(`\uFEFF${text}`).events[0].fields.title).toBe('Café');
  });

  it('Windows-1252 and UTF-16 text decode with their accents and symbols', () => {
    const text = calendar(vevent('UID:ansi', 'SUMMARY:Entrevista – café €5', 'DTSTART:20270302T100000Z'));
    const ansi = Uint8Array.from(Buffer.from(text.replace('–', '\u0096').replace('€', '\u0080'), 'latin1'));
    const decoded = decodeIcsBytes(ansi);
    expect(decoded.encoding).toBe('windows-1252');
    expect(parse(decoded.text).events[0].fields.title).toBe('Entrevista – café €5');
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect(decodeIcsBytes(utf16)).toMatchObject({ encoding: 'utf-16le' });
    expect(parse(decodeIcsBytes(utf16).text).events[0].fields.title).toBe('Entrevista – café €5');
  });

  it('a file that is not a calendar says what to do', () => {
    const r = parse('Name,Date\nInterview,2027-03-02\n');
    expect(r.error).toMatchObject({ code: 'not-a-calendar' });
    expect(r.error!.message).toContain('Export your calendar as .ics');
  });

  it('a second import of a file without UIDs updates nothing and duplicates nothing', () => {
    const text = calendar(vevent('SUMMARY:No UID here', 'DTSTART:20270302T100000Z', 'DTSTAMP:20270101T000000Z'));
    const first = parse(text);
    const again = parse(text.replace('DTSTAMP:20270101T000000Z', 'DTSTAMP:20270505T000000Z'));
    expect(again.events[0].uid).toBe(first.events[0].uid);
    const ctx = { now: '2027-01-01T00:00:00.000Z', newId: () => 'nouid-0001' };
    const stored = mergeImport([], first.events, ctx).add;
    expect(mergeImport(stored, again.events, ctx)).toMatchObject({ add: [], update: [], unchanged: stored });
  });
});
