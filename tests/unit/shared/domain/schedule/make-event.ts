// Builds stored events for the schedule tests through the real record factory.
import { createEventRecord, emptyEventFields, type EventFields, type ScheduleEvent } from '../../../../../shared/domain/schedule';

let counter = 0;

/** A stored event with sensible fields; `fields` overrides any of them. */
export function makeEvent(fields: Partial<EventFields> & { id?: string; uid?: string } = {}): ScheduleEvent {
  const { id, uid, ...rest } = fields;
  const base = emptyEventFields('2027-03-02T10:00', '2027-03-02T11:00', 'Europe/Berlin');
  counter += 1;
  return createEventRecord(
    { ...base, title: 'Workshop', kind: 'workshop', ...rest },
    { id: id ?? `event-${String(counter).padStart(4, '0')}`, uid, now: '2027-01-01T00:00:00.000Z' },
  );
}

/** A weekly series. */
export function weekly(rrule: string, fields: Partial<EventFields> & { id?: string } = {}): ScheduleEvent {
  return makeEvent({ recurrence: { rrule, exdates: [], rdates: [] }, ...fields });
}

/** UTC ms of an ISO instant. */
export const at = (iso: string): number => Date.parse(iso);
