// "This and following": a series is split in two at an occurrence, the way Google and
// Outlook do it (RFC 5545's RANGE=THISANDFUTURE is not read reliably by either).
import type { EventFields, EventPatch, ScheduleEvent, WallTime } from './event';
import { compiledSeries } from './compiled-series';
import { createEventRecord, patchEventRecord } from './event-record';
import { normaliseWall } from './occurrences';
import { formatRrule, icsDate, icsUtcStamp, parseRrule } from './rrule';
import { changes, fieldsOf, occurrenceSpan, type EditContext, type EventChanges, type SeriesRecords } from './series-changes';
import { deleteSeries, editSeries } from './series-edit';
import { moveWall, sameAsSeries, sharedFieldChanges, shiftRecurrence, timesAfterMove, type StartMove } from './series-shift';
import { addWallDays, toUtc } from './time-zones';

/**
 * Changes this and the following occurrences: the series is split. The old one ends just
 * before this occurrence (UNTIL; a COUNT becomes the remaining count on the new one), and
 * a new series with its own UID starts here with the changes. Splitting at the first
 * occurrence is the same as changing them all.
 */
export function editFollowing(records: SeriesRecords, recurrenceId: WallTime, patch: EventPatch, ctx: EditContext): EventChanges {
  const { series, overrides } = records;
  const split = normaliseWall(recurrenceId);
  if (split <= normaliseWall(series.start)) return editSeries(records, split, patch, ctx);
  const { head, tailRule } = splitRule(series, split, ctx.now);
  const span = occurrenceSpan(series, split);
  const id = ctx.newId();
  const tailFields: EventFields = { ...fieldsOf(series), ...span, ...patch };
  const allDay = tailFields.allDay;
  const move: StartMove = { from: span.start, to: allDay ? tailFields.start.slice(0, 10) : tailFields.start };
  const later = (wall: WallTime) => normaliseWall(wall) >= split;
  const recurrence =
    patch.recurrence !== undefined
      ? patch.recurrence
      : shiftRecurrence({ rrule: tailRule, exdates: series.recurrence!.exdates.filter(later), rdates: series.recurrence!.rdates.filter(later) }, move);
  const tail = createEventRecord({ ...tailFields, recurrence }, { id, now: ctx.now });
  const shared = sharedFieldChanges(series, patch);
  const movedOverrides = overrides
    .filter((o) => later(o.override!.recurrenceId))
    .map((o) =>
      patchEventRecord(
        o,
        {
          ...sameAsSeries(o, series, shared),
          ...timesAfterMove(o, series, move, tailFields, allDay),
          uid: tail.uid,
          override: { seriesId: id, recurrenceId: moveWall(o.override!.recurrenceId, move) },
        },
        ctx.now,
      ),
    );
  return changes(records, [head, tail, ...movedOverrides], []);
}

/** Deletes this and the following occurrences: the series ends just before this one. */
export function deleteFollowing(records: SeriesRecords, recurrenceId: WallTime, ctx: EditContext): EventChanges {
  const split = normaliseWall(recurrenceId);
  if (split <= normaliseWall(records.series.start)) return deleteSeries(records);
  const { head } = splitRule(records.series, split, ctx.now);
  const dropped = records.overrides.filter((o) => normaliseWall(o.override!.recurrenceId) >= split).map((o) => o.id);
  return changes(records, [head], dropped);
}

/** The series cut to end before `split`, and the rule text for a series continuing from there. */
function splitRule(series: ScheduleEvent, split: WallTime, now: string): { head: ScheduleEvent; tailRule: string } {
  const recurrence = series.recurrence!;
  const parts = parseRrule(recurrence.rrule);
  const splitMs = series.allDay ? toUtc(split.slice(0, 10), 'UTC') : toUtc(split, series.timeZone);
  const headParts = new Map(parts);
  headParts.delete('COUNT');
  headParts.set('UNTIL', series.allDay ? icsDate(addWallDays(split.slice(0, 10), -1)) : icsUtcStamp(splitMs - 1000));
  const count = parts.get('COUNT');
  if (count !== undefined) {
    const before = (compiledSeries(series).countStarts ?? []).filter((ms) => ms < splitMs).length;
    parts.set('COUNT', String(Math.max(1, Number(count) - before)));
  }
  const earlier = (wall: WallTime) => normaliseWall(wall) < split;
  const head = patchEventRecord(
    series,
    { recurrence: { rrule: formatRrule(headParts), exdates: recurrence.exdates.filter(earlier), rdates: recurrence.rdates.filter(earlier) } },
    now,
  );
  return { head, tailRule: formatRrule(parts) };
}

