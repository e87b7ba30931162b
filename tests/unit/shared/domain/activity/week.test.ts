import { afterEach, describe, expect, it } from 'vitest';
import { weekInstants, weekOf, weeksBetween } from '../../../../../shared/domain/activity';

const originalTz = process.env.TZ;
// Node re-reads TZ when it changes, so one test file can live in several time zones.
const inZone = (tz: string) => {
  process.env.TZ = tz;
};
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});
const HOUR = 3_600_000;

describe('weekOf', () => {
  it('runs Sunday to Saturday for calendar dates', () => {
    expect(weekOf('2024-03-10')).toEqual({ start: '2024-03-10', end: '2024-03-16' });
    expect(weekOf('2024-03-16')).toEqual({ start: '2024-03-10', end: '2024-03-16' });
    expect(weekOf('2024-03-17')).toEqual({ start: '2024-03-17', end: '2024-03-23' });
  });

  it('crosses year ends and leap days', () => {
    expect(weekOf('2024-12-31')).toEqual({ start: '2024-12-29', end: '2025-01-04' });
    expect(weekOf('2027-01-01')).toEqual({ start: '2026-12-27', end: '2027-01-02' });
    expect(weekOf('2024-02-29')).toEqual({ start: '2024-02-25', end: '2024-03-02' });
    expect(weeksBetween('2024-12-25', '2025-01-08').map((w) => w.start)).toEqual(['2024-12-22', '2024-12-29', '2025-01-05']);
  });

  it('places a date-time in the local week, so Saturday night stays in its week', () => {
    inZone('America/Los_Angeles');
    // 23:59 on Saturday 9 March in Seattle, already Sunday in UTC.
    expect(weekOf('2024-03-10T07:59:00.000Z')).toEqual({ start: '2024-03-03', end: '2024-03-09' });
    expect(weekOf('2024-03-10T08:30:00.000Z')).toEqual({ start: '2024-03-10', end: '2024-03-16' });
    inZone('Pacific/Auckland');
    expect(weekOf('2025-01-04T12:00:00.000Z')).toEqual({ start: '2025-01-05', end: '2025-01-11' });
    inZone('America/Los_Angeles');
    expect(weekOf('2025-01-04T12:00:00.000Z')).toEqual({ start: '2024-12-29', end: '2025-01-04' });
  });

  it('gives weeks of 167 and 169 hours when the clocks change, starting at local midnight', () => {
    inZone('America/Los_Angeles');
    const spring = weekInstants(weekOf('2024-03-12'));
    expect(spring.from.toISOString()).toBe('2024-03-10T08:00:00.000Z');
    expect((spring.until.getTime() - spring.from.getTime()) / HOUR).toBe(167);
    const autumn = weekInstants(weekOf('2024-11-05'));
    expect((autumn.until.getTime() - autumn.from.getTime()) / HOUR).toBe(169);
    inZone('Europe/London');
    const london = weekInstants(weekOf('2024-03-31'));
    expect((london.until.getTime() - london.from.getTime()) / HOUR).toBe(167);
    inZone('Pacific/Auckland');
    const nz = weekInstants(weekOf('2024-04-07'));
    expect((nz.until.getTime() - nz.from.getTime()) / HOUR).toBe(169);
  });

  it('gives the same calendar week for a date whatever the zone', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      inZone(tz);
      expect(weekOf('2024-11-03')).toEqual({ start: '2024-11-03', end: '2024-11-09' });
    }
  });
});
