import type { Occurrence, WallTime } from '../../../../../shared/domain/schedule';
import { addWallDays, addWallMinutes, wallMinutesBetween } from '../../../../../shared/domain/schedule';
import { STEP_MINUTES } from './time-scale';

/** A move or resize asked for by a drag or Alt+Arrow: minutes and days added to the start, minutes added to the end. */
export interface TimeChange {
  minutes: number;
  days: number;
  /** Added to the end on top of the move (a resize changes only this). */
  endMinutes: number;
}

export const NO_CHANGE: TimeChange = { minutes: 0, days: 0, endMinutes: 0 };

/** What Alt+Arrow (move) and Alt+Shift+Arrow (resize) ask for; null for any other key. */
export function changeForKey(key: string, shift: boolean, allDay: boolean): TimeChange | null {
  if (shift && !allDay) {
    if (key === 'ArrowUp') return { minutes: 0, days: 0, endMinutes: -STEP_MINUTES };
    if (key === 'ArrowDown') return { minutes: 0, days: 0, endMinutes: STEP_MINUTES };
    return null;
  }
  if (shift) return null;
  if (key === 'ArrowLeft') return { minutes: 0, days: -1, endMinutes: 0 };
  if (key === 'ArrowRight') return { minutes: 0, days: 1, endMinutes: 0 };
  if (allDay) return null;
  if (key === 'ArrowUp') return { minutes: -STEP_MINUTES, days: 0, endMinutes: 0 };
  if (key === 'ArrowDown') return { minutes: STEP_MINUTES, days: 0, endMinutes: 0 };
  return null;
}

/**
 * The new start and end of an occurrence after a change, in its own zone's wall time: a
 * meeting moved one day later stays at 10:00 there even across a daylight-saving change.
 * A resize never makes an event shorter than one step; null when nothing would change.
 */
export function changedTimes(occurrence: Pick<Occurrence, 'start' | 'end' | 'allDay'>, change: TimeChange): { start: WallTime; end: WallTime } | null {
  if (change.minutes === 0 && change.days === 0 && change.endMinutes === 0) return null;
  const move = (wall: WallTime, extra: number) => {
    const shifted = change.days ? addWallDays(wall, change.days) : wall;
    return occurrence.allDay || change.minutes + extra === 0 ? shifted : addWallMinutes(shifted, change.minutes + extra);
  };
  const start = move(occurrence.start, 0);
  let end = move(occurrence.end, change.endMinutes);
  if (!occurrence.allDay && change.endMinutes !== 0 && wallMinutesBetween(start, end) < STEP_MINUTES) {
    if (wallMinutesBetween(occurrence.start, occurrence.end) <= STEP_MINUTES && change.endMinutes < 0) return null;
    end = addWallMinutes(start, STEP_MINUTES);
  }
  return { start, end };
}
