import { describe, expect, it } from 'vitest';
import {
  ENDLESS_UTC,
  MAX_OCCURRENCES_PER_EVENT,
  editOccurrence,
  occurrencesBetween,
  toUtc,
  type ScheduleEvent,
} from '../../../../../shared/domain/schedule';
import { at, makeEvent, weekly } from './make-event';

const starts = (events: ScheduleEvent[], from: string, to: string, viewZone = 'UTC') =>
  occurrencesBetween(events, at(from), at(to), { viewZone }).map((o) => o.start);

describe('occurrencesBetween across daylight-saving changes', () => {
  it('keeps a Los Angeles weekly meeting at 10:00 local before and after the March and November changes', () => {
    const series = weekly('FREQ=WEEKLY;BYDAY=TU;COUNT=40', { start: '2027-03-02T10:00', end: '2027-03-02T11:00', timeZone: 'America/Los_Angeles' });
    const march = occurrencesBetween([series], at('2027-03-01T00:00Z'), at('2027-03-31T00:00Z'));
    expect(march.map((o) => o.start)).toEqual(['2027-03-02T10:00', '2027-03-09T10:00', '2027-03-16T10:00', '2027-03-23T10:00', '2027-03-30T10:00']);
    // PST is UTC-8 until 14 March 2027, PDT (UTC-7) after: the UTC hour moves, the wall time does not.
    expect(new Date(march[1].startUtc).toISOString()).toBe('2027-03-09T18:00:00.000Z');
    expect(new Date(march[2].startUtc).toISOString()).toBe('2027-03-16T17:00:00.000Z');
    const november = occurrencesBetween([series], at('2027-11-01T00:00Z'), at('2027-11-17T00:00Z'));
    expect(november.map((o) => [o.start, new Date(o.startUtc).toISOString()])).toEqual([
      ['2027-11-02T10:00', '2027-11-02T17:00:00.000Z'],
      ['2027-11-09T10:00', '2027-11-09T18:00:00.000Z'],
      ['2027-11-16T10:00', '2027-11-16T18:00:00.000Z'],
    ]);
    expect(november.every((o) => o.endUtc - o.startUtc === 3_600_000)).toBe(true);
  });

  it('keeps a Berlin daily 09:30 stand-up at 09:30 across the last Sunday of March and of October', () => {
    const series = weekly('FREQ=DAILY', { start: '2027-03-26T09:30', end: '2027-03-26T09:45', timeZone: 'Europe/Berlin' });
    const around = occurrencesBetween([series], at('2027-03-27T00:00Z'), at('2027-03-30T00:00Z'));
    expect(around.map((o) => [o.start, new Date(o.startUtc).toISOString()])).toEqual([
      ['2027-03-27T09:30', '2027-03-27T08:30:00.000Z'],
      ['2027-03-28T09:30', '2027-03-28T07:30:00.000Z'],
      ['2027-03-29T09:30', '2027-03-29T07:30:00.000Z'],
    ]);
    const october = occurrencesBetween([series], at('2027-10-30T00:00Z'), at('2027-11-01T00:00Z'));
    expect(october.map((o) => new Date(o.startUtc).toISOString())).toEqual(['2027-10-30T07:30:00.000Z', '2027-10-31T08:30:00.000Z']);
  });

  it('moves a 02:30 occurrence that the spring-forward skips to 03:30, as RFC 5545 says', () => {
    const single = makeEvent({ start: '2027-03-28T02:30', end: '2027-03-28T03:30', timeZone: 'Europe/Berlin' });
    const [o] = occurrencesBetween([single], at('2027-03-27T00:00Z'), at('2027-03-29T00:00Z'));
    expect(new Date(o.startUtc).toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });
});

describe('occurrencesBetween: exceptions, extra dates, overrides and windows', () => {
  it('applies EXDATEs and RDATEs', () => {
    const series = makeEvent({
      start: '2027-03-02T10:00',
      end: '2027-03-02T11:00',
      recurrence: { rrule: 'FREQ=WEEKLY;COUNT=4', exdates: ['2027-03-09T10:00'], rdates: ['2027-03-12T15:00'] },
    });
    expect(starts([series], '2027-03-01T00:00Z', '2027-04-01T00:00Z')).toEqual([
      '2027-03-02T10:00',
      '2027-03-12T15:00',
      '2027-03-16T10:00',
      '2027-03-23T10:00',
    ]);
  });

  it('shows an override in place of the occurrence it replaces, even when moved outside the window', () => {
    const series = weekly('FREQ=WEEKLY;COUNT=3', { id: 'series-0001' });
    const moved = editOccurrence({ series, overrides: [] }, '2027-03-09T10:00', { start: '2027-04-20T10:00', end: '2027-04-20T11:00', title: 'Moved' }, {
      now: '2027-01-02T00:00:00.000Z',
      newId: () => 'override-0001',
    }).put[0];
    const march = occurrencesBetween([series, moved], at('2027-03-01T00:00Z'), at('2027-03-31T00:00Z'));
    expect(march.map((o) => o.start)).toEqual(['2027-03-02T10:00', '2027-03-16T10:00']);
    const april = occurrencesBetween([series, moved], at('2027-04-01T00:00Z'), at('2027-04-30T00:00Z'));
    expect(april.map((o) => [o.start, o.event.title, o.seriesId])).toEqual([['2027-04-20T10:00', 'Moved', 'series-0001']]);
    // The override's index range covers where its original was, so a Dexie range query finds it for March too.
    expect(moved.rangeStartUtc).toBeLessThanOrEqual(toUtc('2027-03-09T10:00', 'Europe/Berlin'));
  });

  it('expands an endless series only inside the window, and refuses a window without an end', () => {
    const endless = weekly('FREQ=DAILY', { start: '2000-01-01T08:00', end: '2000-01-01T09:00' });
    expect(endless.rangeEndUtc).toBe(ENDLESS_UTC);
    const t0 = performance.now();
    expect(occurrencesBetween([endless], at('2090-01-01T00:00Z'), at('2090-01-08T00:00Z'))).toHaveLength(7);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(() => occurrencesBetween([endless], 0, Infinity)).toThrow(/ten years/);
    expect(() => occurrencesBetween([endless], at('2000-01-01T00:00Z'), at('2030-01-01T00:00Z'))).toThrow(/ten years/);
  });

  it('caps how many occurrences one series gives in a call', () => {
    const hourly = weekly('FREQ=HOURLY', { start: '2027-01-01T00:00', end: '2027-01-01T00:30', timeZone: 'UTC' });
    expect(occurrencesBetween([hourly], at('2027-01-01T00:00Z'), at('2028-01-01T00:00Z'))).toHaveLength(MAX_OCCURRENCES_PER_EVENT);
  });

  it('fills whole days in the viewer zone for all-day events, one day when the end is not after the start', () => {
    const day = makeEvent({ allDay: true, start: '2027-03-05', end: '2027-03-05' });
    const [inLa] = occurrencesBetween([day], at('2027-03-01T00:00Z'), at('2027-03-31T00:00Z'), { viewZone: 'America/Los_Angeles' });
    expect([inLa.start, inLa.end, inLa.allDay]).toEqual(['2027-03-05', '2027-03-06', true]);
    expect(new Date(inLa.startUtc).toISOString()).toBe('2027-03-05T08:00:00.000Z');
    // A window that is 5 March in Tokyo but still 4 March in Los Angeles finds it only for the Tokyo viewer.
    const tokyoMorning = [at('2027-03-04T15:00Z'), at('2027-03-04T16:00Z')] as const;
    expect(occurrencesBetween([day], ...tokyoMorning, { viewZone: 'Asia/Tokyo' })).toHaveLength(1);
    expect(occurrencesBetween([day], ...tokyoMorning, { viewZone: 'America/Los_Angeles' })).toHaveLength(0);
  });

  it('repeats all-day events by date, with date EXDATEs', () => {
    const monthly = makeEvent({
      allDay: true,
      start: '2027-01-31',
      end: '2027-02-01',
      recurrence: { rrule: 'FREQ=MONTHLY;COUNT=6', exdates: ['2027-05-31'], rdates: [] },
    });
    // RFC 5545: months without a 31st are skipped, not clamped.
    expect(starts([monthly], '2027-01-01T00:00Z', '2028-01-01T00:00Z')).toEqual(['2027-01-31', '2027-03-31', '2027-07-31', '2027-08-31', '2027-10-31']);
  });

  it('includes events that start before the window and end inside it, and zero-length deadlines inside it', () => {
    const overnight = makeEvent({ start: '2027-03-01T22:00', end: '2027-03-02T02:00', timeZone: 'UTC' });
    const deadline = makeEvent({ start: '2027-03-02T12:00', end: '2027-03-02T12:00', timeZone: 'UTC' });
    const after = makeEvent({ start: '2027-03-03T00:00', end: '2027-03-03T01:00', timeZone: 'UTC' });
    expect(occurrencesBetween([after, deadline, overnight], at('2027-03-02T00:00Z'), at('2027-03-03T00:00Z')).map((o) => o.eventId)).toEqual([
      overnight.id,
      deadline.id,
    ]);
  });

  it('expands a month of 5,000 events with 200 weekly two-year series in a few milliseconds', () => {
    const events: ScheduleEvent[] = [];
    const zones = ['Europe/Berlin', 'America/Los_Angeles', 'America/New_York', 'UTC'];
    for (let i = 0; i < 200; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      events.push(weekly('FREQ=WEEKLY;UNTIL=20281231T000000Z', { start: `2027-01-${day}T09:00`, end: `2027-01-${day}T10:00`, timeZone: zones[i % 4] }));
    }
    for (let i = 0; i < 4800; i++) {
      const month = String(1 + (i % 24) % 12).padStart(2, '0');
      const year = i % 24 < 12 ? 2027 : 2028;
      const day = String(1 + (i % 28)).padStart(2, '0');
      events.push(makeEvent({ start: `${year}-${month}-${day}T14:00`, end: `${year}-${month}-${day}T15:00`, timeZone: zones[i % 4] }));
    }
    const month = () => occurrencesBetween(events, at('2027-03-01T00:00Z'), at('2027-04-01T00:00Z'), { viewZone: 'Europe/Berlin' });
    let t0 = performance.now();
    const first = month();
    const cold = performance.now() - t0;
    expect(first.length).toBeGreaterThan(1000);
    // Warm (rules compiled, code optimised), as when the view re-renders or the user comes back to the month.
    for (let i = 0; i < 5; i++) month();
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      t0 = performance.now();
      month();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`occurrencesBetween, a month of 5,000 events: first ${cold.toFixed(1)} ms, then median ${times[4].toFixed(1)} ms`);
    // Generous for a loaded two-core machine; a few milliseconds when it is quiet.
    expect(times[4]).toBeLessThan(25);
  });
});
