import { editOccurrence, type Occurrence, type ScheduleEvent } from '../../../../../shared/domain/schedule';
import type { CareerDb } from '../../../db/career-db';
import { newId, nowIso } from '../../../db/clock';
import { applyEventWrites, getEvent, seriesRecords, updateEvent, type EventWrites } from '../../../db/events-table';
import { changedTimes, type TimeChange } from '../week/event-change';

/** What a move wrote: the record that now holds the occurrence (with its new times), and how to undo it. */
export interface MoveResult {
  event: ScheduleEvent;
  undo: EventWrites;
}

/**
 * Moves or resizes one occurrence in its own zone's wall time. A single event (or an
 * occurrence already edited on its own) changes in place; an occurrence of a series
 * becomes an edited occurrence, leaving the rest of the series where it was.
 * Resolves to null when the change would do nothing.
 */
export async function moveOccurrence(db: CareerDb, occurrence: Occurrence, change: TimeChange): Promise<MoveResult | null> {
  const times = changedTimes(occurrence, change);
  if (!times) return null;
  const event = occurrence.event;
  if (!event.recurrence) {
    const before = await getEvent(db, event.id);
    const moved = await updateEvent(db, event.id, times);
    return { event: moved, undo: { put: [before], remove: [] } };
  }
  const changes = editOccurrence(await seriesRecords(db, event.id), occurrence.start, times, { now: nowIso(), newId });
  const undo = await applyEventWrites(db, changes);
  return { event: changes.put[0], undo };
}
