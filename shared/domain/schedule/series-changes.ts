// What the series-editing functions take and give: a series with its edited occurrences,
// and the records to write and delete with the records that undo the write.
import { compiledSeries } from './compiled-series';
import type { EventFields, ScheduleEvent, WallTime } from './event';
import { normaliseWall } from './occurrences';
import { addWallDays, fromUtc, toUtc } from './time-zones';

/** Records to write and to delete, and the same for undoing it. */
export interface EventChanges {
  put: ScheduleEvent[];
  remove: string[];
  undo: { put: ScheduleEvent[]; remove: string[] };
}

/** What every edit needs: the time of the write and a maker of new record ids. */
export interface EditContext {
  now: string;
  newId: () => string;
}

/** A series and the override records that belong to it (override.seriesId === series.id). */
export interface SeriesRecords {
  series: ScheduleEvent;
  overrides: readonly ScheduleEvent[];
}

/** The user's fields of a record, without id, index or timestamps. */
export function fieldsOf(event: ScheduleEvent): EventFields {
  const { kind, title, start, end, allDay, timeZone, location, url, notes, outcome, jobId, contactId, schoolId, recurrence, reminders } = event;
  return { kind, title, start, end, allDay, timeZone, location, url, notes, outcome, jobId, contactId, schoolId, recurrence, reminders };
}

/** Start and end of the occurrence a series produces at `recurrenceId` (before any override). */
export function occurrenceSpan(series: ScheduleEvent, recurrenceId: WallTime): { start: WallTime; end: WallTime } {
  const compiled = compiledSeries(series);
  if (series.allDay) return { start: recurrenceId.slice(0, 10), end: addWallDays(recurrenceId.slice(0, 10), compiled.durationDays) };
  return { start: recurrenceId, end: fromUtc(toUtc(recurrenceId, series.timeZone) + compiled.durationMs, series.timeZone) };
}

/** The override record that replaces the occurrence at `recurrenceId`, if there is one. */
export function findOverride(records: SeriesRecords, recurrenceId: WallTime): ScheduleEvent | undefined {
  const key = normaliseWall(recurrenceId);
  return records.overrides.find((o) => o.override && normaliseWall(o.override.recurrenceId) === key);
}

/** Bundles the writes with their undo: originals of everything changed or removed come back, new records go. */
export function changes(records: SeriesRecords, put: ScheduleEvent[], remove: string[]): EventChanges {
  const before = new Map([records.series, ...records.overrides].map((e) => [e.id, e]));
  const touched = new Set([...put.map((e) => e.id), ...remove]);
  return {
    put,
    remove,
    undo: {
      put: [...touched].flatMap((id) => before.get(id) ?? []),
      remove: put.filter((e) => !before.has(e.id)).map((e) => e.id),
    },
  };
}

