import type { StageChange } from './stage-change';
import type { StageId } from './stages';

/** Oldest first: by the date the user gave, then by when it was recorded, then by id for a fixed order. */
export function compareStageChanges(a: StageChange, b: StageChange): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A job's timeline, oldest first. Does not change the array it is given. */
export function buildTimeline(changes: readonly StageChange[]): StageChange[] {
  return [...changes].sort(compareStageChanges);
}

/** The latest change on the timeline; null for a job with no history. */
export function latestChange(changes: readonly StageChange[]): StageChange | null {
  let latest: StageChange | null = null;
  for (const change of changes) if (latest === null || compareStageChanges(change, latest) > 0) latest = change;
  return latest;
}

/** The stage a job is in now: the latest change by date, ties broken by creation order. */
export function currentStage(changes: readonly StageChange[]): { stage: StageId; at: string } | null {
  const latest = latestChange(changes);
  return latest && { stage: latest.stage, at: latest.at };
}

/**
 * The day the user applied: the earliest Applied step whose date they gave (a step imported
 * without a date says only that it happened). Null when the timeline has none.
 */
export function appliedDate(changes: Iterable<Pick<StageChange, 'stage' | 'at' | 'dateUnknown'>>): string | null {
  let first: string | null = null;
  for (const change of changes) if (change.stage === 'applied' && change.dateUnknown !== true && (first === null || change.at < first)) first = change.at;
  return first;
}
