// The reminders the renderer hands the backend: every reminder of every occurrence that
// starts in the next 60 days, with a key that stays the same until the occurrence or the
// reminder changes (so a re-plan after an edit replaces exactly what the edit touched).
import type { ReminderInput } from '../../contract/schedule';
import type { Occurrence, ScheduleEvent } from './event';
import { occurrencesBetween } from './occurrences';
import { defaultTimeZone, toUtc } from './time-zones';

/** How far ahead reminders are planned; the renderer re-plans at every start and change. */
export const REMINDER_HORIZON_DAYS = 60;
/** All-day events have no start time; their reminders count back from 09:00 that day, as Google Calendar does. */
export const ALL_DAY_REMINDER_TIME = '09:00';

export interface PlanRemindersOptions {
  /** Now, UTC ms. */
  now: number;
  horizonDays?: number;
  /** The zone whose days all-day events fill. */
  viewZone?: string;
  /**
   * The notification's words, in the user's language; asked once per occurrence (its
   * reminders share them). Say when it is ("Friday 10:00"), not how soon: a reminder can
   * fire late or be snoozed. Default: the event's title, no body.
   */
  text?: (occurrence: Occurrence) => { title: string; body: string };
  /** The page a click opens. Default: the event's page. */
  route?: (occurrence: Occurrence) => string;
}

/** The stable key of one reminder of one occurrence. */
export function reminderKey(eventId: string, occurrenceStart: string, minutesBefore: number): string {
  return `${eventId}|${occurrenceStart}|${minutesBefore}`;
}

/**
 * Reminders for occurrences starting from now to the horizon, soonest first, including ones
 * whose time has just passed (the backend still fires those a few minutes late, and drops
 * older ones). Cancelled events remind nobody.
 */
export function planReminders(events: readonly ScheduleEvent[], options: PlanRemindersOptions): ReminderInput[] {
  const viewZone = options.viewZone ?? defaultTimeZone();
  const horizon = options.now + (options.horizonDays ?? REMINDER_HORIZON_DAYS) * 86_400_000;
  const text = options.text ?? ((o: Occurrence) => ({ title: o.event.title, body: '' }));
  const route = options.route ?? ((o: Occurrence) => `/schedule/event/${o.eventId}`);
  const planned: ReminderInput[] = [];
  for (const occurrence of occurrencesBetween(events, options.now, horizon, { viewZone })) {
    const { event } = occurrence;
    if (event.outcome === 'cancelled' || occurrence.startUtc < options.now || event.reminders.length === 0) continue;
    const base = occurrence.allDay ? toUtc(`${occurrence.start}T${ALL_DAY_REMINDER_TIME}`, viewZone) : occurrence.startUtc;
    // Wording costs far more than the rest (the renderer formats dates in the user's language): once per occurrence.
    let words: { title: string; body: string } | null = null;
    for (const minutes of event.reminders) {
      const when = base - minutes * 60_000;
      if (when > horizon) continue;
      words ??= text(occurrence);
      planned.push({
        key: reminderKey(occurrence.eventId, occurrence.start, minutes),
        eventId: occurrence.eventId,
        title: words.title.trim().slice(0, 500) || event.title.slice(0, 500),
        body: words.body.slice(0, 1000),
        when: new Date(when).toISOString(),
        route: route(occurrence),
      });
    }
  }
  return planned.sort((a, b) => a.when.localeCompare(b.when));
}
