process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import {
  addEvent,
  applyEventWrites,
  buildEvent,
  deleteEvent,
  eventsBetween,
  eventsForJob,
  getEvent,
  overridesOf,
  seriesRecords,
  updateEvent,
} from '../../../../renderer/src/db/events-table';
import { InvalidRecordError, RecordNotFoundError } from '../../../../renderer/src/db/errors';
import { SCHEMA } from '../../../../renderer/src/db/schema';
import { editOccurrence, emptyEventFields, ENDLESS_UTC, type EventFields } from '../../../../shared/domain/schedule';
import { createAtVersion } from '../../../support/dexie-versions';
import { CareerDb } from '../../../../renderer/src/db/career-db';
import { freshDb } from './fresh-db';

const fields = (patch: Partial<EventFields> & { start: string; end: string }): EventFields => ({
  ...emptyEventFields(patch.start, patch.end, 'America/Los_Angeles'),
  title: 'Interview',
  ...patch,
});
const utc = (iso: string) => Date.parse(iso);

describe('The events table', () => {
  it('stores an event with a UID that survives export, and its range for window queries', async () => {
    const db = freshDb();
    const event = await addEvent(db, fields({ start: '2026-12-09T10:00', end: '2026-12-09T11:00' }));
    expect(event.uid).toBe(`${event.id}@career-organizer`);
    expect(event.rangeStartUtc).toBe(utc('2026-12-09T18:00:00Z'));
    expect(event.rangeEndUtc).toBe(utc('2026-12-09T19:00:00Z'));
    expect(await getEvent(db, event.id)).toEqual(event);
    await expect(getEvent(db, 'missing-id')).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(addEvent(db, fields({ title: '', start: '2026-12-09T10:00', end: '2026-12-09T11:00' }))).rejects.toBeInstanceOf(InvalidRecordError);
    db.close();
  });

  it('finds exactly the events that can touch a window: past, future and endless series left where they belong', async () => {
    const db = freshDb();
    const before = await addEvent(db, fields({ title: 'November', start: '2026-11-10T10:00', end: '2026-11-10T11:00' }));
    const inside = await addEvent(db, fields({ title: 'December', start: '2026-12-09T10:00', end: '2026-12-09T11:00' }));
    const after = await addEvent(db, fields({ title: 'January', start: '2027-01-12T10:00', end: '2027-01-12T11:00' }));
    const endless = await addEvent(db, fields({ title: 'Weekly', start: '2026-01-06T09:00', end: '2026-01-06T10:00', recurrence: { rrule: 'FREQ=WEEKLY', exdates: [], rdates: [] } }));
    const ended = await addEvent(db, fields({ title: 'Ended', start: '2026-01-06T09:00', end: '2026-01-06T10:00', recurrence: { rrule: 'FREQ=WEEKLY;COUNT=4', exdates: [], rdates: [] } }));
    expect(endless.rangeEndUtc).toBe(ENDLESS_UTC);
    const december = await eventsBetween(db, utc('2026-12-01T08:00:00Z'), utc('2027-01-01T08:00:00Z'));
    expect(december.map((e) => e.title).sort()).toEqual(['December', 'Weekly']);
    expect(december.some((e) => [before.id, after.id, ended.id].includes(e.id))).toBe(false);
    expect((await eventsBetween(db, utc('2026-12-09T18:30:00Z'), utc('2026-12-09T18:45:00Z'))).map((e) => e.id)).toContain(inside.id);
    db.close();
  });

  it('lists a job’s events and a series’ edited occurrences through their indexes', async () => {
    const db = freshDb();
    const interview = await addEvent(db, fields({ start: '2026-12-09T10:00', end: '2026-12-09T11:00', jobId: 'job1234567' }));
    await addEvent(db, fields({ start: '2026-12-10T10:00', end: '2026-12-10T11:00', jobId: 'job7654321' }));
    expect((await eventsForJob(db, 'job1234567')).map((e) => e.id)).toEqual([interview.id]);

    const series = await addEvent(db, fields({ title: 'Workshop', start: '2026-12-01T14:00', end: '2026-12-01T16:00', recurrence: { rrule: 'FREQ=WEEKLY;COUNT=5', exdates: [], rdates: [] } }));
    const changes = editOccurrence(await seriesRecords(db, series.id), '2026-12-08T14:00', { title: 'Workshop (room 2)' }, { now: new Date().toISOString(), newId: () => 'override0001' });
    await applyEventWrites(db, changes);
    expect((await overridesOf(db, series.id)).map((e) => [e.id, e.uid, e.override?.recurrenceId])).toEqual([['override0001', series.uid, '2026-12-08T14:00']]);
    db.close();
  });

  it('applies a set of writes together and returns the writes that undo them exactly', async () => {
    const db = freshDb();
    const kept = await addEvent(db, fields({ title: 'Kept', start: '2026-12-09T10:00', end: '2026-12-09T11:00' }));
    const moved = await updateEvent(db, kept.id, { start: '2026-12-09T12:00', end: '2026-12-09T13:00' });
    expect(moved.rangeStartUtc).toBe(utc('2026-12-09T20:00:00Z'));
    const added = await addEvent(db, fields({ title: 'Extra', start: '2026-12-10T10:00', end: '2026-12-10T11:00' }));
    await db.events.delete(added.id);

    const undo = await applyEventWrites(db, { put: [added, { ...moved, title: 'Renamed' }], remove: [] });
    expect((await db.events.toArray()).map((e) => e.title).sort()).toEqual(['Extra', 'Renamed']);
    expect(undo.remove).toEqual([added.id]);
    await applyEventWrites(db, undo);
    expect(await db.events.toArray()).toEqual([moved]);
    db.close();
  });

  it('deletes a series with its edited occurrences, and Undo brings all of them back', async () => {
    const db = freshDb();
    const series = await addEvent(db, fields({ start: '2026-12-01T14:00', end: '2026-12-01T16:00', recurrence: { rrule: 'FREQ=WEEKLY;COUNT=5', exdates: [], rdates: [] } }));
    await applyEventWrites(db, editOccurrence(await seriesRecords(db, series.id), '2026-12-08T14:00', { notes: 'Bring ID' }, { now: new Date().toISOString(), newId: () => 'override0002' }));
    const undo = await deleteEvent(db, series.id);
    expect(await db.events.count()).toBe(0);
    await applyEventWrites(db, undo);
    expect((await db.events.toArray()).map((e) => e.id).sort()).toEqual(['override0002', series.id].sort());
    db.close();
  });
});

describe('schema version 4 (events)', () => {
  it('indexes what the schedule queries: the range, UIDs, jobs, contacts and a series’ edited occurrences', async () => {
    const db = freshDb();
    await db.open();
    expect(db.events.schema.indexes.map((i) => i.name).sort()).toEqual([
      '[rangeSpan+rangeStartUtc]',
      'contactId',
      'jobId',
      'override.seriesId',
      'rangeEndUtc',
      'rangeStartUtc',
      'uid',
    ]);
    db.close();
  });

  it('upgrades a version 3 database with its records untouched, and adds the events table', async () => {
    const name = `upgrade-v3-${Date.now()}`;
    await createAtVersion(name, SCHEMA, 3, async (old) => {
      await old.table('meta').put({ key: 'first-run', value: '2026-01-05' });
    });
    const db = new CareerDb(name);
    await db.open();
    expect(await db.meta.get('first-run')).toEqual({ key: 'first-run', value: '2026-01-05' });
    expect(await db.events.count()).toBe(0);
    await addEvent(db, fields({ start: '2026-12-09T10:00', end: '2026-12-09T11:00' }));
    expect(await db.events.count()).toBe(1);
    db.close();
  });
});

describe('reading a window in two parts (schema version 5)', () => {
  it('finds short events that start up to a week before the window and long ones that start long before', async () => {
    const db = freshDb();
    // Short ranges (a week at most) are read from a week before the window on.
    const night = await addEvent(db, fields({ title: 'Six-day course', start: '2026-11-25T09:00', end: '2026-12-01T09:00' }));
    await addEvent(db, fields({ title: 'Ended the day before', start: '2026-11-24T09:00', end: '2026-11-30T09:00' }));
    // Long ranges: a ten-day trip that ends inside the window, one that ended before it, a series.
    const trip = await addEvent(db, fields({ title: 'Trip', start: '2026-11-21', end: '2026-12-02', allDay: true }));
    await addEvent(db, fields({ title: 'Old trip', start: '2026-10-01', end: '2026-10-20', allDay: true }));
    const weekly = await addEvent(db, fields({ title: 'Job club', start: '2026-01-06T09:00', end: '2026-01-06T10:00', recurrence: { rrule: 'FREQ=WEEKLY', exdates: [], rdates: [] } }));
    expect([night.rangeSpan, trip.rangeSpan, weekly.rangeSpan]).toEqual(['short', 'long', 'long']);
    const window = await eventsBetween(db, utc('2026-12-01T08:00:00Z'), utc('2027-01-01T08:00:00Z'));
    expect(window.map((e) => e.title).sort()).toEqual(['Job club', 'Six-day course', 'Trip']);
    db.close();
  });

  it('upgrades a version 4 database: every stored event gets its span and is found by window again', async () => {
    const name = `upgrade-v4-${Date.now()}`;
    const stored = [
      buildEvent(fields({ title: 'Interview', start: '2026-12-09T10:00', end: '2026-12-09T11:00' })),
      buildEvent(fields({ title: 'Weekly', start: '2026-01-06T09:00', end: '2026-01-06T10:00', recurrence: { rrule: 'FREQ=WEEKLY', exdates: [], rdates: [] } })),
    ];
    // As version 4 wrote them: no rangeSpan.
    const asVersion4 = stored.map(({ rangeSpan: _ignored, ...rest }) => rest);
    await createAtVersion(name, SCHEMA, 4, async (old) => {
      await old.table('events').bulkPut(asVersion4);
    });
    const db = new CareerDb(name);
    await db.open();
    expect((await db.events.toArray()).map((e) => [e.title, e.rangeSpan]).sort()).toEqual([
      ['Interview', 'short'],
      ['Weekly', 'long'],
    ]);
    const december = await eventsBetween(db, utc('2026-12-01T08:00:00Z'), utc('2027-01-01T08:00:00Z'));
    expect(december.map((e) => e.title).sort()).toEqual(['Interview', 'Weekly']);
    db.close();
  });
});
