import {
  deleteFollowing,
  deleteOccurrence,
  deleteSeries,
  editFollowing,
  editOccurrence,
  editSeries,
  type EventFields,
  type EventPatch,
  type ScheduleEvent,
  type WallTime,
} from '../../../../../shared/domain/schedule';
import type { CareerDb } from '../../../db/career-db';
import { newId, nowIso } from '../../../db/clock';
import { applyEventWrites, deleteEvent, getEvent, seriesRecords, updateEvent, type EventWrites } from '../../../db/events-table';

/** Which events of a series a change or a delete applies to. */
export type SeriesScope = 'this' | 'following' | 'all';

/** The event being edited: a single event, or one occurrence of a series (its start in the series, as stored). */
export interface EditTarget {
  event: ScheduleEvent;
  /** For an occurrence of a series: where the series had it (its RECURRENCE-ID). */
  recurrenceId: WallTime | null;
}

/** The series a target belongs to and where in it, or null for a single event. */
export function seriesPlace(target: EditTarget): { seriesId: string; recurrenceId: WallTime } | null {
  if (target.event.override) return { seriesId: target.event.override.seriesId, recurrenceId: target.event.override.recurrenceId };
  if (target.event.recurrence && target.recurrenceId) return { seriesId: target.event.id, recurrenceId: target.recurrenceId };
  return null;
}

/** The fields that differ between what the form started with and what it has now. */
export function fieldChanges(before: EventFields, after: EventFields): EventPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof EventFields)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  return patch as EventPatch;
}

const context = () => ({ now: nowIso(), newId });

/**
 * Saves an edit: a single event is updated in place; for a series, `scope` says whether
 * only this occurrence, this and the following ones, or all of them change. Returns the
 * writes that undo it.
 */
export async function saveEventEdit(db: CareerDb, target: EditTarget, fields: EventFields, patch: EventPatch, scope: SeriesScope): Promise<EventWrites> {
  const place = seriesPlace(target);
  if (!place) {
    const before = await getEvent(db, target.event.id);
    await updateEvent(db, target.event.id, fields);
    return { put: [before], remove: [] };
  }
  const records = await seriesRecords(db, place.seriesId);
  if (scope === 'this') {
    // One occurrence never repeats on its own.
    const { recurrence: _ignored, ...own } = patch;
    return applyEventWrites(db, editOccurrence(records, place.recurrenceId, own, context()));
  }
  const edit = scope === 'following' ? editFollowing : editSeries;
  return applyEventWrites(db, edit(records, place.recurrenceId, patch, context()));
}

/** Deletes a single event, or for a series the occurrences `scope` names. Returns the writes that undo it. */
export async function deleteEventScoped(db: CareerDb, target: EditTarget, scope: SeriesScope): Promise<EventWrites> {
  const place = seriesPlace(target);
  if (!place) return deleteEvent(db, target.event.id);
  const records = await seriesRecords(db, place.seriesId);
  if (scope === 'this') return applyEventWrites(db, deleteOccurrence(records, place.recurrenceId, context()));
  if (scope === 'following') return applyEventWrites(db, deleteFollowing(records, place.recurrenceId, context()));
  return applyEventWrites(db, deleteSeries(records));
}

/** Records how one occurrence went (attended, missed …): on the event, or on just this occurrence of a series. */
export async function setOutcome(db: CareerDb, target: EditTarget, outcome: ScheduleEvent['outcome']): Promise<EventWrites> {
  const place = seriesPlace(target);
  if (!place) {
    const before = await getEvent(db, target.event.id);
    await updateEvent(db, target.event.id, { outcome });
    return { put: [before], remove: [] };
  }
  return applyEventWrites(db, editOccurrence(await seriesRecords(db, place.seriesId), place.recurrenceId, { outcome }, context()));
}
