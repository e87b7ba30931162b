import { z } from 'zod';
import { defineContract } from './define';

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.enum(['win32', 'darwin', 'linux', 'other']),
  mode: z.enum(['desktop', 'browser', 'test']),
  dataDir: z.string(),
  /** What the host can do, so the UI offers only what works here. */
  capabilities: z.object({
    pickFolder: z.boolean(),
    openPath: z.boolean(),
  }),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** Something the user should be told once, such as settings that had to be reset. */
export const NoticeSchema = z.object({
  id: z.string(),
  kind: z.enum(['settings-reset', 'library-index-rebuilt']),
  /** Where the old file was kept, shown so the user can find it. */
  detail: z.string().optional(),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const appContract = defineContract({
  'app-info': { args: z.object({}).strict(), result: AppInfoSchema },
  /** Returns the notices not yet shown and forgets them, so each is told once. */
  'app-notices-take': { args: z.object({}).strict(), result: z.array(NoticeSchema) },
  /** Opens the app's data folder in the file manager. */
  'app-open-data-dir': { args: z.object({}).strict(), result: z.object({ opened: z.boolean() }) },
});
