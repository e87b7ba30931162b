import { z } from 'zod';
import { SettingsSchema } from './settings';
import { NoticeSchema } from './app';
import { LibraryDocumentSchema } from './documents';
import { AppRouteSchema, ReminderSchema } from './schedule';

/** Push events the backend sends to every connected window, with their payloads. */
export const pushEvents = {
  'settings-changed': SettingsSchema,
  'app-notice': NoticeSchema,
  /** The desktop menu asks the page to show one of its areas. */
  /** Progress of an import batch: done of total files, and the one being read now. */
  'documents-import-progress': z.object({ batchId: z.string(), done: z.number().int(), total: z.number().int(), current: z.string() }),
  /** A document was added, changed (here, in another window, or by a program outside), or removed. */
  'documents-changed': z.object({ upserted: z.array(LibraryDocumentSchema), removed: z.array(z.string()) }),
  /** Progress of moving the library to another folder across disks. */
  'library-move-progress': z.object({ done: z.number().int(), total: z.number().int() }),
  'app-navigate': z.object({ to: z.enum(['/settings', '/resources']) }),
  /** A reminder is due now; `notified` says whether the system already showed it (the page shows it otherwise). */
  'reminder-due': z.object({ reminder: ReminderSchema, notified: z.boolean() }),
  /** Open a route inside the app (a clicked notification's event). */
  navigate: z.object({ route: AppRouteSchema }),
} as const;

export type PushEvents = typeof pushEvents;
export type PushName = keyof PushEvents;
export type PushPayload<E extends PushName> = z.output<PushEvents[E]>;
