import type { JobRow } from '../../../db/rows';
import { CLOSED_STAGES, OPEN_STAGES, STAGES, type StageId } from '../stages';

/** The board's columns: one per open stage, then all closed outcomes together. */
export type GroupId = (typeof OPEN_STAGES)[number] | 'closed';
export const GROUP_IDS: readonly GroupId[] = [...OPEN_STAGES, 'closed'];

export type BoardGroups = Record<GroupId, JobRow[]>;

/** Newest stage change first, so a card just moved is at the top of its new column. */
function byRecentStage(a: JobRow, b: JobRow): number {
  if (a.stageAt !== b.stageAt) return a.stageAt < b.stageAt ? 1 : -1;
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/** Which column a stage's cards go in. */
export function groupOf(stage: StageId): GroupId {
  return (CLOSED_STAGES as readonly StageId[]).includes(stage) ? 'closed' : (stage as GroupId);
}

/** Sorts every job into its column, newest stage change first. */
export function groupJobs(jobs: Iterable<JobRow>): BoardGroups {
  const groups = Object.fromEntries(GROUP_IDS.map((g) => [g, [] as JobRow[]])) as BoardGroups;
  for (const job of jobs) groups[groupOf(job.stage)].push(job);
  for (const id of GROUP_IDS) groups[id].sort(byRecentStage);
  return groups;
}

/** How many jobs each stage holds. */
export function stageCounts(groups: BoardGroups): Record<StageId, number> {
  const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<StageId, number>;
  for (const id of GROUP_IDS) for (const job of groups[id]) counts[job.stage]++;
  return counts;
}

/**
 * Where an arrow key takes focus on the board: up and down within a column, left and right
 * to the card at about the same place in the nearest column that shows cards.
 */
export function nextCard(
  key: string,
  groups: BoardGroups,
  from: { group: GroupId; index: number },
  visible: (group: GroupId) => boolean,
): { group: GroupId; index: number } | null {
  const list = groups[from.group];
  switch (key) {
    case 'ArrowDown':
      return from.index < list.length - 1 ? { group: from.group, index: from.index + 1 } : null;
    case 'ArrowUp':
      return from.index > 0 ? { group: from.group, index: from.index - 1 } : null;
    case 'Home':
      return { group: from.group, index: 0 };
    case 'End':
      return { group: from.group, index: list.length - 1 };
    case 'ArrowRight':
    case 'ArrowLeft': {
      const step = key === 'ArrowRight' ? 1 : -1;
      for (let g = GROUP_IDS.indexOf(from.group) + step; g >= 0 && g < GROUP_IDS.length; g += step) {
        const group = GROUP_IDS[g];
        if (groups[group].length > 0 && visible(group)) return { group, index: Math.min(from.index, groups[group].length - 1) };
      }
      return null;
    }
    default:
      return null;
  }
}
