/** Height of one hour in the week and day views, in CSS pixels. */
export const HOUR_PX = 48;
/** Drags and Alt+Arrow move and resize in steps of this many minutes. */
export const STEP_MINUTES = 15;
/** The keyboard and a click pick a time in steps of this many minutes. */
export const SLOT_MINUTES = 30;
export const DAY_MINUTES = 24 * 60;

/** Pixels for a number of minutes. */
export const px = (minutes: number): number => (minutes / 60) * HOUR_PX;

/** Minutes for a vertical drag distance, snapped to whole steps. */
export function snapMinutes(dy: number): number {
  return Math.round(dy / px(STEP_MINUTES)) * STEP_MINUTES;
}

/** The slot a point in a day column falls in (minutes from midnight, rounded down to a slot). */
export function slotAt(offsetY: number): number {
  const minutes = Math.floor((offsetY / HOUR_PX) * 60 / SLOT_MINUTES) * SLOT_MINUTES;
  return Math.max(0, Math.min(DAY_MINUTES - SLOT_MINUTES, minutes));
}
