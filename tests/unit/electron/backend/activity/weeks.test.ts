import { describe, expect, it } from 'vitest';
import { daysBetween, groupByWeek } from '../../../../../electron/backend/activity/weeks';
import { activity } from './pdf-tools';

describe('groupByWeek', () => {
  it('splits a range into Sunday-to-Saturday weeks, marking the parts the range cuts', () => {
    // 2024-03-06 is a Wednesday; 2024-03-20 a Wednesday two weeks later.
    const weeks = groupByWeek('2024-03-06', '2024-03-20', []);
    expect(weeks.map((w) => [w.start, w.end, w.shownFrom, w.shownTo])).toEqual([
      ['2024-03-03', '2024-03-09', '2024-03-06', '2024-03-09'],
      ['2024-03-10', '2024-03-16', '2024-03-10', '2024-03-16'],
      ['2024-03-17', '2024-03-23', '2024-03-17', '2024-03-20'],
    ]);
  });

  it('puts Saturday and the next Sunday in different weeks, across a month and a DST change', () => {
    const weeks = groupByWeek('2024-03-01', '2024-03-31', [activity('2024-03-09'), activity('2024-03-10'), activity('2024-03-31')]);
    expect(weeks.map((w) => [w.start, w.activities.map((a) => a.date)])).toEqual([
      ['2024-02-25', []],
      ['2024-03-03', ['2024-03-09']],
      ['2024-03-10', ['2024-03-10']],
      ['2024-03-17', []],
      ['2024-03-24', []],
      ['2024-03-31', ['2024-03-31']],
    ]);
  });

  it('leaves out activities outside the range and sorts by date, keeping the given order within a day', () => {
    const given = [
      activity('2024-03-08', { employer: 'B' }),
      activity('2024-03-02', { employer: 'outside' }),
      activity('2024-03-04', { employer: 'A' }),
      activity('2024-03-08', { employer: 'C' }),
      activity('2024-03-10', { employer: 'outside' }),
    ];
    const [week] = groupByWeek('2024-03-03', '2024-03-09', given);
    expect(week.activities.map((a) => a.employer)).toEqual(['A', 'B', 'C']);
  });

  it('handles a single day, and a year boundary', () => {
    expect(groupByWeek('2024-12-31', '2024-12-31', []).map((w) => [w.start, w.end])).toEqual([['2024-12-29', '2025-01-04']]);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(2);
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(366);
  });
});
