import { z } from 'zod';
import { defineContract } from './define';

export const THEMES = ['system', 'light', 'dark'] as const;
export const LANGUAGES = ['en', 'es'] as const;

export const WindowBoundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof WindowBoundsSchema>;

/** Every setting the user can change, with its default. */
export const SettingsSchema = z.object({
  theme: z.enum(THEMES),
  language: z.enum(LANGUAGES),
  weeklyActivityTarget: z.number().int().min(0).max(50),
  libraryDir: z.string().min(1).max(4096),
  notifications: z.boolean(),
  /** Largest file, in megabytes, that may be added to the library. */
  importLimitMb: z.number().int().min(1).max(4096),
  windowBounds: WindowBoundsSchema.nullable(),
  /** A move of the library folder that has started and not finished (it resumes at the next start). */
  libraryMove: z.object({ from: z.string(), to: z.string() }).nullable(),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** A partial update; the library folder is changed only by its own methods, which move the files. */
export const SettingsPatchSchema = SettingsSchema.omit({ libraryDir: true, libraryMove: true })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const settingsContract = defineContract({
  'settings-get': { args: z.object({}).strict(), result: SettingsSchema },
  'settings-set': { args: SettingsPatchSchema, result: SettingsSchema },
  /** Sets the library folder to a path the user typed (browser mode) — it must be absolute. */
  'settings-set-library-dir': {
    args: z.object({ path: z.string().trim().min(1).max(4096) }).strict(),
    result: SettingsSchema,
  },
  /** Asks the user for a folder with the system dialog; null when they cancel. */
  'settings-choose-library-dir': { args: z.object({}).strict(), result: SettingsSchema.nullable() },
});
