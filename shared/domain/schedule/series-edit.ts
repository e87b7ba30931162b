// Editing and deleting one occurrence or a whole series, as pure functions that return the
// records to write and the records that undo the write (the renderer applies both sides in
// one Dexie transaction). "This and following" is in series-split.ts.
import type { EventFields, EventPatch, WallTime } from './event';
import { createEventRecord, patchEventRecord } from './event-record';
import { normaliseWall } from './occurrences';
import { changes, fieldsOf, findOverride, occurrenceSpan, type EditContext, type EventChanges, type SeriesRecords } from './series-changes';
import { endAfter, moveWall, sameAsSeries, sharedFieldChanges, shiftRecurrence, timesAfterMove, type StartMove } from './series-shift';

/** Changes one occurrence only: edits its override, or creates one (same UID, RECURRENCE-ID = the occurrence's start). */
export function editOccurrence(records: SeriesRecords, recurrenceId: WallTime, patch: EventPatch, ctx: EditContext): EventChanges {
  const { series } = records;
  const existing = findOverride(records, recurrenceId);
  if (existing) return changes(records, [patchEventRecord(existing, { ...patch, recurrence: null }, ctx.now)], []);
  const span = occurrenceSpan(series, recurrenceId);
  const fields: EventFields = { ...fieldsOf(series), ...span, recurrence: null, ...patch };
  const override = createEventRecord(
    { ...fields, recurrence: null },
    { id: ctx.newId(), now: ctx.now, uid: series.uid, override: { seriesId: series.id, recurrenceId: normaliseWall(recurrenceId) } },
  );
  return changes(records, [override], []);
}

/** Removes one occurrence: an EXDATE on the series, and its override if it had one. */
export function deleteOccurrence(records: SeriesRecords, recurrenceId: WallTime, ctx: EditContext): EventChanges {
  const { series } = records;
  const recurrence = series.recurrence!;
  const exdates = [...recurrence.exdates, normaliseWall(recurrenceId)];
  const put = [patchEventRecord(series, { recurrence: { ...recurrence, exdates } }, ctx.now)];
  const override = findOverride(records, recurrenceId);
  return changes(records, put, override ? [override.id] : []);
}

/** Changes every occurrence: the start moves by as much as the edited occurrence moved, exceptions move along. */
export function editSeries(records: SeriesRecords, recurrenceId: WallTime, patch: EventPatch, ctx: EditContext): EventChanges {
  const { series, overrides } = records;
  const span = occurrenceSpan(series, normaliseWall(recurrenceId));
  const target = { ...span, ...pick(patch, ['start', 'end']) };
  const allDay = patch.allDay ?? series.allDay;
  const move: StartMove = { from: span.start, to: allDay ? target.start.slice(0, 10) : target.start };
  const start = moveWall(series.start, move);
  const end = endAfter(start, target.start, target.end, allDay);
  const recurrence = patch.recurrence !== undefined ? patch.recurrence : series.recurrence && shiftRecurrence(series.recurrence, move);
  const updated = patchEventRecord(series, { ...patch, start, end, recurrence }, ctx.now);
  if (!updated.recurrence) {
    // The series no longer repeats: its exceptions have nothing left to belong to.
    return changes(records, [updated], overrides.map((o) => o.id));
  }
  const shared = sharedFieldChanges(series, patch);
  const movedOverrides = overrides.map((o) =>
    patchEventRecord(
      o,
      {
        ...sameAsSeries(o, series, shared),
        ...timesAfterMove(o, series, move, target, allDay),
        override: { seriesId: series.id, recurrenceId: moveWall(o.override!.recurrenceId, move) },
      },
      ctx.now,
    ),
  );
  return changes(records, [updated, ...movedOverrides], []);
}

/** Deletes the whole series and its exceptions. */
export function deleteSeries(records: SeriesRecords): EventChanges {
  return changes(records, [], [records.series.id, ...records.overrides.map((o) => o.id)]);
}

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) picked[key] = value[key];
  return picked;
}

