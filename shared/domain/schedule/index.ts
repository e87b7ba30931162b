// My schedule's pure logic: the event model, recurrence, time zones, series editing,
// iCalendar import and export, reminders planning and the activity log's deriver.
export * from './event';
export * from './event-record';
export * from './index-range';
export * from './occurrences';
export * from './series-changes';
export * from './series-edit';
export * from './series-split';
export { moveWall, shiftWeekdays, type StartMove } from './series-shift';
export {
  addWallDays,
  addWallMinutes,
  dateInZone,
  defaultTimeZone,
  fromUtc,
  offsetMinutes,
  toUtc,
  wallMinutesBetween,
  wallOf,
} from './time-zones';
export { isEndless, normaliseUntil, parseRrule, formatRrule, SUPPORTED_FREQUENCIES } from './rrule';
export { decodeIcsBytes, formatMegabytes, ICS_MAX_BYTES, IcsTooLargeError, type DecodedIcs, type IcsEncoding } from './ics/decode';
export * from './ics/import-result';
export { parseIcs, stableUid, ICS_MAX_EVENTS, type ParseIcsOptions } from './ics/parse-ics';
export { ianaForWindowsZone } from './ics/windows-zones';
export { mergeImport, type ImportPlan, type MergeContext } from './ics/merge-import';
export { toIcs, PRODUCT_ID, type ToIcsOptions } from './ics/export/to-ics';
export { escapeText, foldLine } from './ics/export/content-line';
export * from './activities';
export * from './plan-reminders';
