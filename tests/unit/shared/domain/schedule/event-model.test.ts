// The event model: schemas, record factory, index range and the zone helpers.
import { describe, expect, it } from 'vitest';
import {
  createEventRecord,
  emptyEventFields,
  ENDLESS_UTC,
  EventDraftSchema,
  fromUtc,
  ianaForWindowsZone,
  isKnownTimeZone,
  occurrencesBetween,
  patchEventRecord,
  ScheduleEventSchema,
  toUtc,
} from '../../../../../shared/domain/schedule';
import { makeEvent, weekly } from './make-event';

const draft = (fields: Record<string, unknown>) => EventDraftSchema.safeParse({ ...emptyEventFields('2027-03-02T10:00', '2027-03-02T11:00', 'UTC'), title: 'x', uid: 'u', override: null, ...fields });

describe('schemas', () => {
  it('accepts a stored record made by the factory', () => {
    const event = makeEvent({ recurrence: { rrule: 'FREQ=WEEKLY;COUNT=2', exdates: [], rdates: [] } });
    expect(ScheduleEventSchema.parse(event)).toEqual(event);
  });

  it('refuses what must never be stored, with messages a form can show', () => {
    const messages = (fields: Record<string, unknown>) => {
      const result = draft(fields);
      return result.success ? [] : result.error.issues.map((i) => i.message);
    };
    expect(messages({ title: '  ' })).toEqual(['An event needs a title.']);
    expect(messages({ end: '2027-03-02T09:00' })).toEqual(['The event ends before it starts.']);
    expect(messages({ timeZone: 'Mars/Base' })).toEqual(['is not a time zone this computer knows']);
    expect(messages({ url: 'javascript:alert(1)' })).toEqual(['The link must start with http:// or https://.']);
    expect(messages({ start: '2027-02-30T10:00' })).toContain('must be a date like 2027-03-05 or a time like 2027-03-05T09:30');
    expect(messages({ allDay: true })).toEqual(['An all-day event has dates without times.']);
    expect(messages({ allDay: true, start: '2027-03-02', end: '2027-03-03' })).toEqual([]);
  });

  it('knows IANA zones and maps every Windows zone name to one', () => {
    expect(isKnownTimeZone('America/Los_Angeles')).toBe(true);
    expect(isKnownTimeZone('Pacific Standard Time')).toBe(false);
    expect(ianaForWindowsZone('"W. Europe Standard Time"')).toBe('Europe/Berlin');
    expect(ianaForWindowsZone('pacific standard time')).toBe('America/Los_Angeles');
    expect(ianaForWindowsZone('Nowhere Standard Time')).toBeNull();
  });
});

describe('records', () => {
  it('aligns a series whose start the rule does not produce to its first occurrence', () => {
    // "Every Tuesday and Thursday", typed in on Monday 1 March: it starts Tuesday.
    const series = makeEvent({ start: '2027-03-01T10:00', end: '2027-03-01T11:30', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', exdates: [], rdates: [] } });
    expect([series.start, series.end]).toEqual(['2027-03-02T10:00', '2027-03-02T11:30']);
  });

  it('normalises: all-day times to dates, UNTIL to UTC, rule parts in order, reminders sorted and unique', () => {
    const event = createEventRecord(
      {
        ...emptyEventFields('2027-03-02T00:00', '2027-03-03T00:00', 'Europe/Berlin'),
        title: 'Fair',
        allDay: true,
        recurrence: { rrule: 'BYDAY=TU;FREQ=weekly;UNTIL=20270330T120000Z;INTERVAL=1', exdates: ['2027-03-16', '2027-03-09', '2027-03-09'], rdates: [] },
        reminders: [60, 1440, 60],
      },
      { id: 'event-fair1', now: '2027-01-01T00:00:00.000Z' },
    );
    expect(event).toMatchObject({ start: '2027-03-02', end: '2027-03-03', uid: 'event-fair1@career-organizer', reminders: [1440, 60] });
    expect(event.recurrence).toEqual({ rrule: 'FREQ=WEEKLY;UNTIL=20270330;BYDAY=TU', exdates: ['2027-03-09', '2027-03-16'], rdates: [] });
    const timed = makeEvent({ timeZone: 'America/New_York', recurrence: { rrule: 'FREQ=DAILY;UNTIL=20270310', exdates: [], rdates: [] } });
    // A date-only UNTIL on a timed series means the end of that day in the event's zone.
    expect(timed.recurrence!.rrule).toBe('FREQ=DAILY;UNTIL=20270311T045959Z');
  });

  it('keeps index ranges that cover every occurrence, for any viewer', () => {
    const single = makeEvent({ start: '2027-03-02T10:00', end: '2027-03-02T11:00', timeZone: 'UTC' });
    expect([single.rangeStartUtc, single.rangeEndUtc]).toEqual([Date.UTC(2027, 2, 2, 10), Date.UTC(2027, 2, 2, 11)]);
    const day = makeEvent({ allDay: true, start: '2027-03-05', end: '2027-03-06' });
    // From midnight in UTC+14 to midnight in UTC-12.
    expect([day.rangeStartUtc, day.rangeEndUtc]).toEqual([Date.UTC(2027, 2, 4, 10), Date.UTC(2027, 2, 6, 12)]);
    const counted = weekly('FREQ=WEEKLY;COUNT=3', { start: '2027-03-02T10:00', end: '2027-03-02T11:00', timeZone: 'UTC' });
    expect(counted.rangeEndUtc).toBe(Date.UTC(2027, 2, 16, 11));
    expect(weekly('FREQ=WEEKLY', {}).rangeEndUtc).toBe(ENDLESS_UTC);
  });

  it('a rule that can never occur (30 February) neither breaks saving nor the calendar: its start still shows', () => {
    for (const rrule of ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=3', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30']) {
      const odd = makeEvent({ start: '2027-01-10T10:00', end: '2027-01-10T11:00', timeZone: 'UTC', recurrence: { rrule, exdates: [], rdates: [] } });
      expect(odd.start).toBe('2027-01-10T10:00');
      expect(odd.rangeEndUtc).toBe(ENDLESS_UTC);
      expect(occurrencesBetween([odd], Date.UTC(2027, 0, 1), Date.UTC(2028, 0, 1), { viewZone: 'UTC' }).map((o) => o.start)).toEqual(['2027-01-10T10:00']);
    }
  });

  it('patching recomputes the index and the time of change', () => {
    const event = makeEvent({ timeZone: 'UTC' });
    const moved = patchEventRecord(event, { start: '2027-04-01T10:00', end: '2027-04-01T12:00' }, '2027-02-02T00:00:00.000Z');
    expect(moved).toMatchObject({ createdAt: event.createdAt, updatedAt: '2027-02-02T00:00:00.000Z', rangeStartUtc: Date.UTC(2027, 3, 1, 10), rangeEndUtc: Date.UTC(2027, 3, 1, 12) });
  });
});

describe('zone helpers', () => {
  it('convert both ways, far from and right at DST changes', () => {
    expect(toUtc('2027-07-01T12:00', 'Europe/Berlin')).toBe(Date.UTC(2027, 6, 1, 10));
    expect(fromUtc(Date.UTC(2027, 6, 1, 10), 'Europe/Berlin')).toBe('2027-07-01T12:00');
    // The repeated hour of 31 October 2027 in Berlin: 02:30 means the first (summer-time) one.
    expect(toUtc('2027-10-31T02:30', 'Europe/Berlin')).toBe(Date.UTC(2027, 9, 31, 0, 30));
    expect(fromUtc(Date.UTC(2027, 9, 31, 1, 30), 'Europe/Berlin')).toBe('2027-10-31T02:30');
    expect(fromUtc(Date.UTC(2027, 2, 14, 10, 0, 30), 'America/Los_Angeles')).toBe('2027-03-14T03:00:30');
  });
});
