import type { TFunction } from 'i18next';
import type { ReminderInput } from '../../../../../shared/contract';
import { planReminders, type ScheduleEvent } from '../../../../../shared/domain/schedule';
import { formatLongDay, occurrenceWhen } from '../dates/format';
import { daysCovered } from '../dates/placement';
import { occurrencePath } from '../paths';

/**
 * The reminders to hand the backend for these events, worded in the user's language:
 * the event's title, then "Friday, November 27, 10:00 AM – 11:00 AM · 1200 Pine St".
 * A click opens the occurrence's page.
 */
export function remindersFor(events: readonly ScheduleEvent[], now: number, t: TFunction, language: string): ReminderInput[] {
  return planReminders(events, {
    now,
    text: (occurrence) => ({
      title: occurrence.event.title,
      body: [`${formatLongDay(daysCovered(occurrence).first, language)}, ${occurrenceWhen(t, occurrence, language)}`, occurrence.event.location]
        .filter(Boolean)
        .join(' · '),
    }),
    route: (occurrence) => occurrencePath(occurrence),
  });
}
