import { buildEvent } from '../../../../../renderer/src/db/events-table';
import { emptyEventFields, occurrencesBetween, type EventFields, type Occurrence, type ScheduleEvent } from '../../../../../shared/domain/schedule';

/** An event record as the app stores it: a one-hour 'other' event in Los Angeles unless the fields say otherwise. */
export function makeEvent(fields: Partial<EventFields> & { start: string; end?: string }, extras: Parameters<typeof buildEvent>[1] = {}): ScheduleEvent {
  const end = fields.end ?? fields.start;
  const base = emptyEventFields(fields.start, end, fields.timeZone ?? 'America/Los_Angeles');
  return buildEvent({ ...base, title: 'Event', ...fields, end }, extras);
}

/** The occurrences of `events` in a window given as ISO instants. */
export function occurrencesIn(events: ScheduleEvent[], from: string, to: string): Occurrence[] {
  return occurrencesBetween(events, Date.parse(from), Date.parse(to));
}
