// The views place events on this computer's clock: these tests run in Los Angeles time.
process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import { agendaRows, nextEventRow } from '../../../../../renderer/src/features/schedule/agenda/agenda-rows';
import { daysCovered, occurrencesByDay } from '../../../../../renderer/src/features/schedule/dates/placement';
import { layoutDay } from '../../../../../renderer/src/features/schedule/week/day-layout';
import { changedTimes, changeForKey } from '../../../../../renderer/src/features/schedule/week/event-change';
import { makeEvent, occurrencesIn } from './events';

describe('Where events appear', () => {
  it('shows a New York call at its Los Angeles time, and an overnight event on both days', () => {
    const call = makeEvent({ title: 'Phone screen', start: '2026-11-30T09:00', end: '2026-11-30T09:30', timeZone: 'America/New_York' });
    const shift = makeEvent({ title: 'Night shift trial', start: '2026-12-01T22:00', end: '2026-12-02T02:00' });
    const [callOccurrence, shiftOccurrence] = occurrencesIn([call, shift], '2026-11-29T00:00Z', '2026-12-05T00:00Z');
    expect(new Date(callOccurrence.startUtc).getHours()).toBe(6);
    expect(daysCovered(shiftOccurrence)).toEqual({ first: '2026-12-01', last: '2026-12-02' });
    const byDay = occurrencesByDay([callOccurrence, shiftOccurrence], ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03']);
    expect(byDay.get('2026-12-02')?.map((o) => o.event.title)).toEqual(['Night shift trial']);
    expect(byDay.get('2026-12-03')).toEqual([]);
  });

  it('keeps an all-day event on its dates (its end date is the day after, as in iCalendar) and lists it first', () => {
    const fair = makeEvent({ title: 'Hiring fair', start: '2026-12-03', end: '2026-12-05', allDay: true });
    const coffee = makeEvent({ title: 'Coffee', start: '2026-12-03T08:00', end: '2026-12-03T09:00' });
    const occurrences = occurrencesIn([coffee, fair], '2026-12-01T00:00Z', '2026-12-08T00:00Z');
    expect(daysCovered(occurrences.find((o) => o.allDay)!)).toEqual({ first: '2026-12-03', last: '2026-12-04' });
    const byDay = occurrencesByDay(occurrences, ['2026-12-03', '2026-12-04', '2026-12-05']);
    expect(byDay.get('2026-12-03')?.map((o) => o.event.title)).toEqual(['Hiring fair', 'Coffee']);
    expect(byDay.get('2026-12-05')).toEqual([]);
  });

  it('puts overlapping events side by side and lets a later one use a lane that came free', () => {
    const events = [
      makeEvent({ title: 'A', start: '2026-12-09T10:00', end: '2026-12-09T11:00' }),
      makeEvent({ title: 'B', start: '2026-12-09T10:30', end: '2026-12-09T11:30' }),
      makeEvent({ title: 'C', start: '2026-12-09T11:00', end: '2026-12-09T11:15' }),
      makeEvent({ title: 'D', start: '2026-12-09T14:00', end: '2026-12-09T14:05' }),
    ];
    const blocks = layoutDay('2026-12-09', occurrencesIn(events, '2026-12-09T00:00Z', '2026-12-11T00:00Z'));
    const byTitle = Object.fromEntries(blocks.map((b) => [b.occurrence.event.title, b]));
    expect([byTitle.A.lane, byTitle.B.lane, byTitle.C.lane]).toEqual([0, 1, 0]);
    expect([byTitle.A.lanes, byTitle.B.lanes, byTitle.C.lanes]).toEqual([2, 2, 2]);
    expect(byTitle.A.top).toBe(600);
    // A five-minute event is drawn tall enough to read and click, alone in its cluster.
    expect([byTitle.D.lanes, byTitle.D.bottom - byTitle.D.top]).toEqual([1, 20]);
  });

  it('clips an overnight event to each day and marks that it goes on', () => {
    const shift = makeEvent({ start: '2026-12-01T22:00', end: '2026-12-02T02:00' });
    const occurrences = occurrencesIn([shift], '2026-12-01T00:00Z', '2026-12-04T00:00Z');
    const [first] = layoutDay('2026-12-01', occurrences);
    const [second] = layoutDay('2026-12-02', occurrences);
    expect([first.top, first.bottom, first.continuesAfter]).toEqual([1320, 1440, true]);
    expect([second.top, second.bottom, second.continuesBefore]).toEqual([0, 120, true]);
  });
});

describe('Moving and resizing', () => {
  const meeting = { start: '2027-03-13T10:00', end: '2027-03-13T11:00', allDay: false };

  it('maps Alt+Arrow to moves and Alt+Shift+Arrow to a new end; all-day events move only by days', () => {
    expect(changeForKey('ArrowDown', false, false)).toEqual({ minutes: 15, days: 0, endMinutes: 0 });
    expect(changeForKey('ArrowLeft', false, false)).toEqual({ minutes: 0, days: -1, endMinutes: 0 });
    expect(changeForKey('ArrowUp', true, false)).toEqual({ minutes: 0, days: 0, endMinutes: -15 });
    expect(changeForKey('ArrowDown', false, true)).toBeNull();
    expect(changeForKey('ArrowRight', false, true)).toEqual({ minutes: 0, days: 1, endMinutes: 0 });
  });

  it('keeps the wall-clock time across the spring-forward night: 10:00 on Saturday moves to 10:00 on Sunday', () => {
    expect(changedTimes(meeting, { minutes: 0, days: 1, endMinutes: 0 })).toEqual({ start: '2027-03-14T10:00', end: '2027-03-14T11:00' });
    expect(changedTimes(meeting, { minutes: 45, days: 0, endMinutes: 0 })).toEqual({ start: '2027-03-13T10:45', end: '2027-03-13T11:45' });
  });

  it('never resizes an event below 15 minutes, and a change of nothing is no change', () => {
    expect(changedTimes(meeting, { minutes: 0, days: 0, endMinutes: -60 })).toEqual({ start: '2027-03-13T10:00', end: '2027-03-13T10:15' });
    expect(changedTimes({ ...meeting, end: '2027-03-13T10:15' }, { minutes: 0, days: 0, endMinutes: -15 })).toBeNull();
    expect(changedTimes(meeting, { minutes: 0, days: 0, endMinutes: 0 })).toBeNull();
    expect(changedTimes({ start: '2027-03-13', end: '2027-03-14', allDay: true }, { minutes: 0, days: 2, endMinutes: 0 })).toEqual({ start: '2027-03-15', end: '2027-03-16' });
  });
});

describe('The agenda', () => {
  it('groups a weekly workshop and a two-day fair by day, headings first, and skips headings with the arrow keys', () => {
    const workshop = makeEvent({ title: 'Workshop', start: '2026-12-01T14:00', end: '2026-12-01T16:00', recurrence: { rrule: 'FREQ=WEEKLY;COUNT=3', exdates: [], rdates: [] } });
    const fair = makeEvent({ title: 'Fair', start: '2026-12-08', end: '2026-12-10', allDay: true });
    const rows = agendaRows(occurrencesIn([workshop, fair], '2026-11-30T00:00Z', '2027-01-01T00:00Z'), '2026-11-30', '2026-12-31');
    expect(rows.map((r) => (r.kind === 'day' ? r.date : r.occurrence.event.title))).toEqual([
      '2026-12-01', 'Workshop',
      '2026-12-08', 'Fair', 'Workshop',
      '2026-12-09', 'Fair',
      '2026-12-15', 'Workshop',
    ]);
    expect(nextEventRow(rows, 1, 1)).toBe(3);
    expect(nextEventRow(rows, 3, -1)).toBe(1);
    expect(nextEventRow(rows, 1, -1)).toBe(-1);
  });
});
