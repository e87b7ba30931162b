import {
  createEventRecord,
  patchEventRecord,
  ScheduleEventSchema,
  SHORT_RANGE_MS,
  type EventFields,
  type EventOverride,
  type EventPatch,
  type ScheduleEvent,
} from '../../../shared/domain/schedule';
import type { CareerDb } from './career-db';
import { newId, nowIso } from './clock';
import { RecordNotFoundError, validate } from './errors';

/** Where a new event comes from, beyond its fields: an iCalendar UID to keep, the series it edits one occurrence of. */
export interface NewEventExtras {
  id?: string;
  uid?: string;
  override?: EventOverride | null;
}

/** A complete, checked event record: a new id, a UID that survives export and import, and its range index. */
export function buildEvent(fields: EventFields, extras: NewEventExtras = {}): ScheduleEvent {
  const record = createEventRecord(fields, { id: extras.id ?? newId(), now: nowIso(), uid: extras.uid, override: extras.override });
  return validate(ScheduleEventSchema, record, 'event') as ScheduleEvent;
}

/** Adds an event. */
export async function addEvent(db: CareerDb, fields: EventFields, extras: NewEventExtras = {}): Promise<ScheduleEvent> {
  const event = buildEvent(fields, extras);
  await db.events.add(event);
  return event;
}

/** Reads one event; throws RecordNotFoundError when it is gone. */
export async function getEvent(db: CareerDb, id: string): Promise<ScheduleEvent> {
  const event = await db.events.get(id);
  if (!event) throw new RecordNotFoundError('This event is no longer in your schedule.');
  return event;
}

/** Changes some fields of an event. */
export async function updateEvent(db: CareerDb, id: string, patch: EventPatch): Promise<ScheduleEvent> {
  return db.transaction('rw', db.events, async () => {
    const event = validate(ScheduleEventSchema, patchEventRecord(await getEvent(db, id), patch, nowIso()), 'event') as ScheduleEvent;
    await db.events.put(event);
    return event;
  });
}

/** The answer of one IndexedDB request. */
function answer<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('The database could not be read.'));
  });
}

/**
 * The events that may have an occurrence in [fromUtc, toUtc): those whose range starts
 * before the window ends and ends after it starts. Read in two parts through the
 * [rangeSpan+rangeStartUtc] index, both in one transaction: the short ranges that start at
 * most a week before the window (no short one that touches it can start earlier), and the
 * long ones (series, long trips) that start before it ends; both narrowed by the end.
 *
 * That read is the month view's hot path (5,000 events: a few hundred read per month), so it
 * asks IndexedDB directly: one getAll answers three times faster than the same read through
 * Dexie's middleware. Writes always go through Dexie. A live query is not told of what this
 * reads: readers follow changes with Dexie's storagemutated event instead (occurrence-reads).
 */
export async function eventsBetween(db: CareerDb, fromUtc: number, toUtc: number): Promise<ScheduleEvent[]> {
  if (!db.isOpen()) await db.open();
  const index = db.backendDB().transaction('events', 'readonly').objectStore('events').index('[rangeSpan+rangeStartUtc]');
  const [short, long] = (await Promise.all([
    answer(index.getAll(IDBKeyRange.bound(['short', fromUtc - SHORT_RANGE_MS], ['short', toUtc], false, true))),
    answer(index.getAll(IDBKeyRange.bound(['long', -Infinity], ['long', toUtc], false, true))),
  ])) as [ScheduleEvent[], ScheduleEvent[]];
  const touches = (e: ScheduleEvent) => e.rangeEndUtc >= fromUtc;
  return [...short.filter(touches), ...long.filter(touches)];
}

/** A job's events, with the occurrences a series changed (they carry the job too). */
export function eventsForJob(db: CareerDb, jobId: string): Promise<ScheduleEvent[]> {
  return db.events.where('jobId').equals(jobId).toArray();
}

/** The edited occurrences of a series. */
export function overridesOf(db: CareerDb, seriesId: string): Promise<ScheduleEvent[]> {
  return db.events.where('override.seriesId').equals(seriesId).toArray();
}

/** A series with its edited occurrences, as the series-editing functions take them. */
export async function seriesRecords(db: CareerDb, seriesId: string): Promise<{ series: ScheduleEvent; overrides: ScheduleEvent[] }> {
  return db.transaction('r', db.events, async () => ({ series: await getEvent(db, seriesId), overrides: await overridesOf(db, seriesId) }));
}

/** Records to write and ids to remove, applied together. */
export interface EventWrites {
  put: ScheduleEvent[];
  remove: string[];
}

/**
 * Writes a set of changes in one transaction (all or nothing) and returns the changes that
 * undo them: the records as they were before, and the ids that did not exist.
 */
export async function applyEventWrites(db: CareerDb, changes: EventWrites): Promise<EventWrites> {
  return db.transaction('rw', db.events, async () => {
    const touched = [...new Set([...changes.put.map((e) => e.id), ...changes.remove])];
    const before = await db.events.bulkGet(touched);
    const undo: EventWrites = { put: [], remove: [] };
    touched.forEach((id, i) => {
      const previous = before[i];
      if (previous) undo.put.push(previous);
      else undo.remove.push(id);
    });
    if (changes.remove.length > 0) await db.events.bulkDelete(changes.remove);
    if (changes.put.length > 0) await db.events.bulkPut(changes.put);
    return undo;
  });
}

/** Deletes an event and, for a series, its edited occurrences; returns the changes that put them back. */
export async function deleteEvent(db: CareerDb, id: string): Promise<EventWrites> {
  return db.transaction('rw', db.events, async () => {
    const event = await getEvent(db, id);
    const overrides = event.recurrence ? await overridesOf(db, id) : [];
    return applyEventWrites(db, { put: [], remove: [id, ...overrides.map((o) => o.id)] });
  });
}
