import { mergeImport, type IcsEventDraft, type ImportPlan } from '../../../../../shared/domain/schedule';
import type { CareerDb } from '../../../db/career-db';
import { newId, nowIso } from '../../../db/clock';
import { applyEventWrites, type EventWrites } from '../../../db/events-table';

/** What importing `drafts` would do: the stored events with the same UIDs decide add, update or leave. */
export async function planImport(db: CareerDb, drafts: readonly IcsEventDraft[]): Promise<ImportPlan> {
  const uids = [...new Set(drafts.map((d) => d.uid))];
  const existing = uids.length > 0 ? await db.events.where('uid').anyOf(uids).toArray() : [];
  return mergeImport(existing, drafts, { now: nowIso(), newId });
}

/**
 * Writes a plan in one transaction: every event or none (all-or-report). Returns what
 * undoes it: the new events removed, the updated ones put back as they were.
 */
export function writeImport(db: CareerDb, plan: ImportPlan): Promise<EventWrites> {
  return applyEventWrites(db, { put: [...plan.add, ...plan.update], remove: [] });
}
