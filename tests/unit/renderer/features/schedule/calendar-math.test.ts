import { describe, expect, it } from 'vitest';
import { addMonthsToDate, monthGrid, startOfWeek, weekDays, weekStartFor } from '../../../../../renderer/src/features/schedule/dates/calendar-math';
import { dayAfterKey } from '../../../../../renderer/src/features/schedule/dates/day-keys';
import { viewRange } from '../../../../../renderer/src/features/schedule/page/view-range';
import { eventPath, occurrencePath, parseScheduleRoute, viewPath } from '../../../../../renderer/src/features/schedule/paths';
import type { Occurrence } from '../../../../../shared/domain/schedule';

describe('Calendar dates', () => {
  it('starts weeks on Sunday in English and Monday in Spanish, as their calendars print them', () => {
    expect(weekStartFor('en')).toBe(0);
    expect(weekStartFor('es')).toBe(1);
    expect(weekDays('2026-12-09', 0)).toEqual(['2026-12-06', '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12']);
    expect(startOfWeek('2026-12-06', 1)).toBe('2026-11-30');
  });

  it('lays a month out in whole weeks: four to six rows, starting on the language’s first weekday', () => {
    const december = monthGrid('2026-12', 0);
    expect(december).toHaveLength(5);
    expect(december[0][0]).toBe('2026-11-29');
    expect(december[4][6]).toBe('2027-01-02');
    // February 2026 runs Sunday the 1st to Saturday the 28th: four rows from Sunday, five from Monday.
    expect(monthGrid('2026-02', 0)).toHaveLength(4);
    expect(monthGrid('2026-02', 1)).toHaveLength(5);
    expect(monthGrid('2026-02', 1)[0][0]).toBe('2026-01-26');
    expect(monthGrid('2026-08', 0)).toHaveLength(6); // Aug 1 is a Saturday, Aug 31 a Monday
  });

  it('moves a day by months without leaving the month: January 31 plus one month is the end of February', () => {
    expect(addMonthsToDate('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonthsToDate('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsToDate('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonthsToDate('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('maps keys to days: arrows by a day or a week, Home and End to the week’s ends, Page keys by a month or week', () => {
    expect(dayAfterKey('ArrowRight', '2026-12-31', 'month', 0)).toBe('2027-01-01');
    expect(dayAfterKey('ArrowUp', '2026-12-03', 'month', 0)).toBe('2026-11-26');
    expect(dayAfterKey('ArrowUp', '2026-12-03', 'week', 0)).toBeNull(); // up and down pick times in the week view
    expect(dayAfterKey('Home', '2026-12-09', 'month', 1)).toBe('2026-12-07');
    expect(dayAfterKey('End', '2026-12-09', 'week', 0)).toBe('2026-12-12');
    expect(dayAfterKey('PageDown', '2026-12-09', 'month', 0)).toBe('2027-01-09');
    expect(dayAfterKey('PageUp', '2026-12-09', 'week', 0)).toBe('2026-12-02');
    expect(dayAfterKey('a', '2026-12-09', 'month', 0)).toBeNull();
  });
});

describe('Schedule addresses', () => {
  const today = '2026-11-26';
  it('reads every deep link, with today when the date is left out', () => {
    expect(parseScheduleRoute('month', '2026-12', today)).toEqual({ view: 'month', anchor: '2026-12-01' });
    expect(parseScheduleRoute('month', '2026-12-09', today)).toEqual({ view: 'month', anchor: '2026-12-01' });
    expect(parseScheduleRoute('week', '2026-12-07', today)).toEqual({ view: 'week', anchor: '2026-12-07' });
    expect(parseScheduleRoute('day', '2026-12-09', today)).toEqual({ view: 'day', anchor: '2026-12-09' });
    expect(parseScheduleRoute('agenda', undefined, today)).toEqual({ view: 'agenda', anchor: today });
  });

  it('refuses addresses that name no view or no real date', () => {
    expect(parseScheduleRoute('year', '2026', today)).toBeNull();
    expect(parseScheduleRoute('month', '2026-13', today)).toBeNull();
    expect(parseScheduleRoute('day', '2026-02-30', today)).toBeNull();
    expect(parseScheduleRoute('week', '1850-01-01', today)).toBeNull();
  });

  it('goes back and forward by a month, a week or a day, and covers whole grid weeks', () => {
    const month = viewRange({ view: 'month', anchor: '2026-12-01' }, 0);
    expect([month.first, month.last, month.previous, month.next]).toEqual(['2026-11-29', '2027-01-02', '2026-11-01', '2027-01-01']);
    const week = viewRange({ view: 'week', anchor: '2026-12-09' }, 0);
    expect([week.first, week.last, week.previous, week.next]).toEqual(['2026-12-06', '2026-12-12', '2026-12-02', '2026-12-16']);
    const day = viewRange({ view: 'day', anchor: '2026-12-09' }, 0);
    expect(day.days).toEqual(['2026-12-09']);
    expect(viewRange({ view: 'agenda', anchor: '2026-12-09' }, 0).last).toBe('2027-12-08');
  });

  it('links to views and events; one date of a repeating event carries its start', () => {
    expect(viewPath('month', '2026-12-09')).toBe('/schedule/month/2026-12');
    expect(viewPath('agenda', '2026-12-09')).toBe('/schedule/agenda/2026-12-09');
    expect(eventPath('abc123')).toBe('/schedule/event/abc123');
    const occurrence = { eventId: 'abc123', start: '2026-12-09T10:00', event: { recurrence: { rrule: 'FREQ=WEEKLY', exdates: [], rdates: [] } } } as unknown as Occurrence;
    expect(occurrencePath(occurrence)).toBe('/schedule/event/abc123?at=2026-12-09T10%3A00');
  });
});
