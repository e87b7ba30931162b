import { z } from 'zod';
import { defineContract } from './define';

/**
 * A route inside the app ('/schedule/event/abc'): a path only, so a notification can never
 * carry a page to another site or a javascript: link.
 */
export const AppRouteSchema = z
  .string()
  .max(500)
  .regex(/^\/(?!\/)[A-Za-z0-9\-._~/%?=&]*$/, 'is not a route inside the app');

/**
 * One planned reminder. The renderer owns the events and plans these (the next ~60 days);
 * the backend keeps them so they fire while the window is hidden and across restarts.
 */
export const ReminderSchema = z
  .object({
    /** Stable for one reminder of one occurrence: event id, occurrence start and minutes before. */
    key: z.string().min(1).max(300),
    eventId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a record id'),
    /** The notification's title, in the user's language. */
    title: z.string().trim().min(1).max(500),
    /** Its text ("Tomorrow at 10:00, Acme office"), in the user's language. */
    body: z.string().max(1000).default(''),
    /** When to show it. */
    when: z.iso.datetime(),
    /** What opens when the notification is clicked. */
    route: AppRouteSchema,
  })
  .strict();
export type Reminder = z.output<typeof ReminderSchema>;
export type ReminderInput = z.input<typeof ReminderSchema>;

/** The most reminders one sync may plan: 5,000 events' worth for two months is far less. */
export const MAX_PLANNED_REMINDERS = 10_000;

export const scheduleContract = defineContract({
  /**
   * Replaces the planned reminders with this list (sent after every change to the events and
   * at start). Reminders already shown are remembered by key and never shown again.
   */
  'schedule-sync-reminders': {
    args: z.object({ reminders: z.array(ReminderSchema).max(MAX_PLANNED_REMINDERS) }).strict(),
    result: z.object({ planned: z.number().int().nonnegative() }),
  },
  /** Shows a reminder again `minutes` from now. */
  'schedule-snooze': {
    args: z.object({ key: z.string().min(1).max(300), minutes: z.number().int().min(1).max(1440) }).strict(),
    result: z.object({ when: z.iso.datetime() }),
  },
  /** Reminders whose time passed while the app was closed: each is returned once, then counts as shown. */
  'schedule-missed': {
    args: z.object({}).strict(),
    result: z.array(ReminderSchema),
  },
});
