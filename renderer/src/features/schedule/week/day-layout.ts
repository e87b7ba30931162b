import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { Occurrence } from '../../../../../shared/domain/schedule';
import { localMidnight } from '../dates/calendar-math';
import { addDays } from '../../../../../shared/domain/jobs';

/** The shortest block drawn, in minutes, so a 5-minute call or a deadline stays clickable and readable. */
export const MIN_BLOCK_MINUTES = 20;
const DAY_MINUTES = 24 * 60;

/** A timed occurrence's part on one day, placed in a lane beside the events it overlaps. */
export interface DayBlock {
  occurrence: Occurrence;
  /** Minutes from this day's midnight to where the block starts and ends (clipped to the day). */
  top: number;
  bottom: number;
  /** The occurrence goes on from the day before / into the next day. */
  continuesBefore: boolean;
  continuesAfter: boolean;
  lane: number;
  lanes: number;
}

/**
 * Lays out a day's timed occurrences: each clipped to the day, then packed into lanes so
 * that overlapping events sit side by side and share the width of their cluster.
 */
export function layoutDay(day: CalendarDate, occurrences: readonly Occurrence[]): DayBlock[] {
  const dayStart = localMidnight(day);
  const dayEnd = localMidnight(addDays(day, 1));
  // Real minutes, not 24 × 60: a daylight-saving day has 23 or 25 hours; the grid draws 24.
  const scale = DAY_MINUTES / ((dayEnd - dayStart) / 60_000);
  const blocks: DayBlock[] = occurrences
    .filter((o) => !o.allDay && o.startUtc < dayEnd && (o.endUtc > dayStart || (o.endUtc === o.startUtc && o.startUtc >= dayStart)))
    .map((occurrence) => {
      const top = Math.max(0, ((occurrence.startUtc - dayStart) / 60_000) * scale);
      const rawBottom = Math.min(DAY_MINUTES, ((occurrence.endUtc - dayStart) / 60_000) * scale);
      return {
        occurrence,
        top,
        bottom: Math.min(DAY_MINUTES, Math.max(rawBottom, top + MIN_BLOCK_MINUTES)),
        continuesBefore: occurrence.startUtc < dayStart,
        continuesAfter: occurrence.endUtc > dayEnd,
        lane: 0,
        lanes: 1,
      };
    })
    .sort((a, b) => a.top - b.top || b.bottom - a.bottom);

  let cluster: DayBlock[] = [];
  let clusterEnd = -1;
  const laneEnds: number[] = [];
  const closeCluster = () => {
    for (const block of cluster) block.lanes = laneEnds.length;
    cluster = [];
    laneEnds.length = 0;
  };
  for (const block of blocks) {
    if (block.top >= clusterEnd) closeCluster();
    let lane = laneEnds.findIndex((end) => end <= block.top);
    if (lane === -1) lane = laneEnds.push(block.bottom) - 1;
    else laneEnds[lane] = block.bottom;
    block.lane = lane;
    cluster.push(block);
    clusterEnd = Math.max(clusterEnd, block.bottom);
  }
  closeCluster();
  return blocks;
}
