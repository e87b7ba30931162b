// mergeImport: which imported events are new, which update an event already stored (same
// UID, and same RECURRENCE-ID for an edited occurrence), and which change nothing, so
// importing one file twice writes nothing the second time.
import type { EventFields, ScheduleEvent } from '../event';
import { createEventRecord, patchEventRecord } from '../event-record';
import { normaliseWall } from '../occurrences';
import { fieldsOf } from '../series-changes';
import { fromUtc } from '../time-zones';
import type { IcsEventDraft } from './import-result';

/** What an import will write. `previous` holds the stored versions of `update`, for Undo. */
export interface ImportPlan {
  add: ScheduleEvent[];
  update: ScheduleEvent[];
  unchanged: ScheduleEvent[];
  previous: ScheduleEvent[];
}

export interface MergeContext {
  now: string;
  newId: () => string;
}

/** Plans an import of `drafts` into a calendar that holds `existing` (all stored events, or at least all with these UIDs). */
export function mergeImport(existing: readonly ScheduleEvent[], drafts: readonly IcsEventDraft[], ctx: MergeContext): ImportPlan {
  const plan: ImportPlan = { add: [], update: [], unchanged: [], previous: [] };
  const stored = new Map<string, ScheduleEvent>();
  for (const event of existing) {
    const key = keyOf(event.uid, event.override?.recurrenceId ?? null);
    if (!stored.has(key)) stored.set(key, event);
  }
  // Series first, so the edited occurrences that follow can point at them.
  const series = new Map<string, ScheduleEvent>();
  for (const event of existing) if (!event.override && !series.has(event.uid)) series.set(event.uid, event);

  const ordered = [...drafts].sort((a, b) => Number(a.recurrenceId !== null) - Number(b.recurrenceId !== null));
  for (const draft of ordered) {
    const parent = draft.recurrenceId !== null ? series.get(draft.uid) : undefined;
    const recurrenceId = draft.recurrenceId === null ? null : placeRecurrenceId(draft, parent);
    const current = stored.get(keyOf(draft.uid, recurrenceId));
    if (current) {
      const next = patchEventRecord(current, mergedFields(current, draft), ctx.now);
      if (sameFields(fieldsOf(next), fieldsOf(current))) plan.unchanged.push(current);
      else {
        plan.update.push(next);
        plan.previous.push(current);
      }
      if (!current.override) series.set(current.uid, next);
      continue;
    }
    const override = parent && recurrenceId !== null ? { seriesId: parent.id, recurrenceId } : null;
    // An edited occurrence whose series is nowhere is kept as an event of its own, under its own key.
    const created = createEventRecord(draft.fields, { id: ctx.newId(), now: ctx.now, uid: draft.uid, override });
    plan.add.push(created);
    stored.set(keyOf(draft.uid, override ? recurrenceId : null), created);
    if (!override && draft.recurrenceId === null) series.set(created.uid, created);
  }
  return plan;
}

function keyOf(uid: string, recurrenceId: string | null): string {
  return `${uid}\u0000${recurrenceId === null ? '' : normaliseWall(recurrenceId)}`;
}

/** The RECURRENCE-ID in the stored series' zone (the file may have stated it in another). */
function placeRecurrenceId(draft: IcsEventDraft, parent: ScheduleEvent | undefined): string {
  if (!parent || draft.recurrenceUtc === null) return normaliseWall(draft.recurrenceId!);
  const wall = fromUtc(draft.recurrenceUtc, parent.timeZone);
  return parent.allDay ? wall.slice(0, 10) : wall;
}

/** The file's fields over the stored ones: links are never in a file, and undeclared kind, outcome and reminders keep the user's. */
function mergedFields(current: ScheduleEvent, draft: IcsEventDraft): EventFields {
  return {
    ...draft.fields,
    kind: draft.declared.kind ? draft.fields.kind : current.kind,
    outcome: draft.declared.outcome ? draft.fields.outcome : current.outcome,
    reminders: draft.declared.reminders ? draft.fields.reminders : current.reminders,
    // An all-day event's zone means nothing (its dates are dates everywhere); keep the stored one.
    timeZone: draft.fields.allDay && current.allDay ? current.timeZone : draft.fields.timeZone,
    jobId: current.jobId,
    contactId: current.contactId,
    schoolId: current.schoolId,
  };
}

function sameFields(a: EventFields, b: EventFields): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
