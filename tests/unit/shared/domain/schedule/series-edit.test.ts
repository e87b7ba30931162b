// Editing a series: this occurrence, this and following, all; and deleting each way.
import { describe, expect, it } from 'vitest';
import {
  deleteFollowing,
  deleteOccurrence,
  deleteSeries,
  editFollowing,
  editOccurrence,
  editSeries,
  occurrencesBetween,
  type EventChanges,
  type ScheduleEvent,
} from '../../../../../shared/domain/schedule';
import { at, weekly } from './make-event';

const ctx = () => {
  let n = 0;
  return { now: '2027-02-01T00:00:00.000Z', newId: () => `new-${String(++n).padStart(4, '0')}` };
};
/** The stored records after applying changes. */
function apply(records: ScheduleEvent[], changes: Pick<EventChanges, 'put' | 'remove'>): ScheduleEvent[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const id of changes.remove) byId.delete(id);
  for (const record of changes.put) byId.set(record.id, record);
  return [...byId.values()];
}
const spring = [at('2027-03-01T00:00Z'), at('2027-06-01T00:00Z')] as const;
const list = (records: ScheduleEvent[]) => occurrencesBetween(records, ...spring, { viewZone: 'UTC' }).map((o) => `${o.start} ${o.event.title}`);

// Tuesdays 10:00 in Los Angeles, ten of them: 2 March to 4 May 2027, across the 14 March DST change.
const tuesdays = () => weekly('FREQ=WEEKLY;BYDAY=TU;COUNT=10', { id: 'series-0001', title: 'Job club', start: '2027-03-02T10:00', end: '2027-03-02T11:00', timeZone: 'America/Los_Angeles' });

describe('this occurrence', () => {
  it('creates an override with the series UID, replaces just that occurrence, and undoes cleanly', () => {
    const series = tuesdays();
    const change = editOccurrence({ series, overrides: [] }, '2027-03-16T10:00', { title: 'Job club (room 5)', start: '2027-03-16T13:00', end: '2027-03-16T14:00' }, ctx());
    expect(change.remove).toEqual([]);
    const [override] = change.put;
    expect(override).toMatchObject({ id: 'new-0001', uid: series.uid, recurrence: null, override: { seriesId: series.id, recurrenceId: '2027-03-16T10:00' } });
    const after = apply([series], change);
    expect(list(after).slice(0, 4)).toEqual(['2027-03-02T10:00 Job club', '2027-03-09T10:00 Job club', '2027-03-16T13:00 Job club (room 5)', '2027-03-23T10:00 Job club']);
    expect(list(apply(after, change.undo))).toEqual(list([series]));
  });

  it('edits the existing override the second time', () => {
    const series = tuesdays();
    const first = editOccurrence({ series, overrides: [] }, '2027-03-16T10:00', { title: 'Moved' }, ctx()).put[0];
    const second = editOccurrence({ series, overrides: [first] }, '2027-03-16T10:00', { location: 'Library' }, ctx());
    expect(second.put).toHaveLength(1);
    expect(second.put[0]).toMatchObject({ id: first.id, title: 'Moved', location: 'Library' });
    expect(second.undo).toEqual({ put: [first], remove: [] });
  });

  it('deleting one occurrence adds an EXDATE and drops its override', () => {
    const series = tuesdays();
    const override = editOccurrence({ series, overrides: [] }, '2027-03-23T10:00', { title: 'Special' }, ctx()).put[0];
    const change = deleteOccurrence({ series, overrides: [override] }, '2027-03-23T10:00', ctx());
    expect(change.remove).toEqual([override.id]);
    expect(change.put[0].recurrence!.exdates).toEqual(['2027-03-23T10:00']);
    const after = apply([series, override], change);
    expect(list(after)).not.toContain('2027-03-23T10:00 Special');
    expect(list(after)).toHaveLength(9);
    expect(change.undo.put.map((e) => e.id).sort()).toEqual([override.id, series.id].sort());
  });
});

describe('this and following', () => {
  it('splits the series: the old one ends before, a new one with its own UID carries the change and the remaining count', () => {
    const series = tuesdays();
    const ids = ctx();
    const early = editOccurrence({ series, overrides: [] }, '2027-03-09T10:00', { title: 'Early special' }, ids).put[0];
    const late = editOccurrence({ series, overrides: [] }, '2027-04-20T10:00', { title: 'Late special' }, ids).put[0];
    const withEx = { ...series, recurrence: { ...series.recurrence!, exdates: ['2027-03-02T10:00', '2027-04-13T10:00'] } };
    const change = editFollowing({ series: withEx, overrides: [early, late] }, '2027-03-30T10:00', { start: '2027-03-30T11:00', end: '2027-03-30T12:00', title: 'Job club (new time)' }, ids);
    const [head, tail, movedLate] = change.put;
    // 30 March 10:00 PDT is 17:00 UTC; the old series ends a second before.
    expect(head.recurrence).toEqual({ rrule: 'FREQ=WEEKLY;UNTIL=20270330T165959Z;BYDAY=TU', exdates: ['2027-03-02T10:00'], rdates: [] });
    expect(tail).toMatchObject({ id: 'new-0003', uid: 'new-0003@career-organizer', start: '2027-03-30T11:00', title: 'Job club (new time)' });
    // Four of ten came before the split, so six remain; the EXDATE after the split moved to the new time.
    expect(tail.recurrence).toEqual({ rrule: 'FREQ=WEEKLY;COUNT=6;BYDAY=TU', exdates: ['2027-04-13T11:00'], rdates: [] });
    // It kept the original time, so it moves with the series; its own title stays.
    expect(movedLate).toMatchObject({ id: late.id, uid: tail.uid, start: '2027-04-20T11:00', end: '2027-04-20T12:00', title: 'Late special' });
    expect(movedLate.override).toEqual({ seriesId: 'new-0003', recurrenceId: '2027-04-20T11:00' });
    const after = apply([withEx, early, late], change);
    expect(list(after)).toEqual([
      '2027-03-09T10:00 Early special',
      '2027-03-16T10:00 Job club',
      '2027-03-23T10:00 Job club',
      '2027-03-30T11:00 Job club (new time)',
      '2027-04-06T11:00 Job club (new time)',
      '2027-04-20T11:00 Late special',
      '2027-04-27T11:00 Job club (new time)',
      '2027-05-04T11:00 Job club (new time)',
    ]);
    expect(list(apply(after, change.undo))).toEqual(list([withEx, early, late]));
  });

  it('at the first occurrence it changes the whole series', () => {
    const series = tuesdays();
    const change = editFollowing({ series, overrides: [] }, '2027-03-02T10:00', { title: 'Renamed' }, ctx());
    expect(change.put).toHaveLength(1);
    expect(change.put[0]).toMatchObject({ id: series.id, title: 'Renamed', start: '2027-03-02T10:00' });
  });

  it('deleting this and following ends the series before it and drops later exceptions', () => {
    const series = tuesdays();
    const late = editOccurrence({ series, overrides: [] }, '2027-04-20T10:00', { title: 'Late special' }, ctx()).put[0];
    const change = deleteFollowing({ series, overrides: [late] }, '2027-04-06T10:00', ctx());
    expect(change.remove).toEqual([late.id]);
    expect(list(apply([series, late], change))).toHaveLength(5);
  });

  it('splits an all-day series with a DATE UNTIL', () => {
    const daily = weekly('FREQ=DAILY;COUNT=6', { id: 'allday-0001', title: 'Fair', allDay: true, start: '2027-03-01', end: '2027-03-02' });
    const change = editFollowing({ series: daily, overrides: [] }, '2027-03-04', { title: 'Fair (day 2)' }, ctx());
    expect(change.put[0].recurrence!.rrule).toBe('FREQ=DAILY;UNTIL=20270303');
    expect(change.put[1]).toMatchObject({ start: '2027-03-04', end: '2027-03-05', recurrence: { rrule: 'FREQ=DAILY;COUNT=3' } });
    expect(list(apply([daily], change))).toEqual(['2027-03-01 Fair', '2027-03-02 Fair', '2027-03-03 Fair', '2027-03-04 Fair (day 2)', '2027-03-05 Fair (day 2)', '2027-03-06 Fair (day 2)']);
  });
});

describe('all occurrences', () => {
  it('moves the series by as much as the edited occurrence moved, exceptions and all', () => {
    const series = tuesdays();
    const own = editOccurrence({ series, overrides: [] }, '2027-03-23T10:00', { title: 'Own title' }, ctx()).put[0];
    const plain = editOccurrence({ series, overrides: [] }, '2027-04-06T10:00', { location: 'Annex' }, ctx()).put[0];
    const withEx = { ...series, recurrence: { ...series.recurrence!, exdates: ['2027-03-16T10:00'] } };
    // Edited from the 30 March occurrence: one hour later, and a new title for everything.
    const change = editSeries({ series: withEx, overrides: [own, plain] }, '2027-03-30T10:00', { start: '2027-03-30T11:00', end: '2027-03-30T12:30', title: 'Job club v2' }, ctx());
    const [updated, movedOwn, movedPlain] = change.put;
    expect(updated).toMatchObject({ id: series.id, start: '2027-03-02T11:00', end: '2027-03-02T12:30', title: 'Job club v2' });
    expect(updated.recurrence!.exdates).toEqual(['2027-03-16T11:00']);
    expect(movedOwn).toMatchObject({ title: 'Own title', start: '2027-03-23T11:00', end: '2027-03-23T12:30', override: { recurrenceId: '2027-03-23T11:00' } });
    expect(movedPlain).toMatchObject({ title: 'Job club v2', location: 'Annex', override: { recurrenceId: '2027-04-06T11:00' } });
    const after = apply([withEx, own, plain], change);
    expect(list(after)).toContain('2027-03-02T11:00 Job club v2');
    expect(list(after)).not.toContain('2027-03-16T11:00 Job club v2');
    expect(list(after)).toHaveLength(9);
  });

  it('an exception the user moved keeps its own time when the series moves', () => {
    const series = tuesdays();
    const moved = editOccurrence({ series, overrides: [] }, '2027-03-23T10:00', { start: '2027-03-24T15:00', end: '2027-03-24T16:00' }, ctx()).put[0];
    const change = editSeries({ series, overrides: [moved] }, '2027-03-02T10:00', { start: '2027-03-02T09:00', end: '2027-03-02T10:00' }, ctx());
    expect(change.put[1]).toMatchObject({ start: '2027-03-24T15:00', override: { recurrenceId: '2027-03-23T09:00' } });
    expect(list(apply([series, moved], change))).toContain('2027-03-24T15:00 Job club');
    expect(list(apply([series, moved], change))).not.toContain('2027-03-23T09:00 Job club');
  });

  it('moving the series to another weekday moves its BYDAY too', () => {
    const series = tuesdays();
    const change = editSeries({ series, overrides: [] }, '2027-03-09T10:00', { start: '2027-03-10T10:00', end: '2027-03-10T11:00' }, ctx());
    expect(change.put[0]).toMatchObject({ start: '2027-03-03T10:00', recurrence: { rrule: 'FREQ=WEEKLY;COUNT=10;BYDAY=WE' } });
    expect(list(apply([series], change))[0]).toBe('2027-03-03T10:00 Job club');
  });

  it('turning the repeat off removes the exceptions; deleting the series removes everything', () => {
    const series = tuesdays();
    const own = editOccurrence({ series, overrides: [] }, '2027-03-23T10:00', { title: 'Own' }, ctx()).put[0];
    const off = editSeries({ series, overrides: [own] }, '2027-03-02T10:00', { recurrence: null }, ctx());
    expect(off.remove).toEqual([own.id]);
    expect(list(apply([series, own], off))).toEqual(['2027-03-02T10:00 Job club']);
    expect(deleteSeries({ series, overrides: [own] })).toMatchObject({ put: [], remove: [series.id, own.id], undo: { put: [series, own], remove: [] } });
  });
});
