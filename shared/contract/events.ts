import { z } from 'zod';
import { SettingsSchema } from './settings';
import { NoticeSchema } from './app';
import { LibraryDocumentSchema } from './documents';

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
} as const;

export type PushEvents = typeof pushEvents;
export type PushName = keyof PushEvents;
export type PushPayload<E extends PushName> = z.output<PushEvents[E]>;
