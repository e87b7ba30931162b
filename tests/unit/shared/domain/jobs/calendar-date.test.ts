import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDate, toLocalDate, weekday } from '../../../../../shared/domain/jobs';

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-3-5')).toBe(false);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(weekday('2024-03-10')).toBe(0);
  });

  it('keeps a calendar date as is and refuses text that is not a date', () => {
    expect(toLocalDate('2024-03-10')).toBe('2024-03-10');
    expect(() => toLocalDate('last Tuesday')).toThrow(/not an ISO date/);
    expect(() => addDays('2024-02-30', 1)).toThrow(/not a YYYY-MM-DD/);
  });
});
