import { z } from 'zod';
import { SettingsSchema } from './settings';
import { NoticeSchema } from './app';

/** Push events the backend sends to every connected window, with their payloads. */
export const pushEvents = {
  'settings-changed': SettingsSchema,
  'app-notice': NoticeSchema,
  /** The desktop menu asks the page to show one of its areas. */
  'app-navigate': z.object({ to: z.enum(['/settings', '/resources']) }),
} as const;

export type PushEvents = typeof pushEvents;
export type PushName = keyof PushEvents;
export type PushPayload<E extends PushName> = z.output<PushEvents[E]>;
