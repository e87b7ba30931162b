// The reminder schedule on disk: one small JSON file in the data folder, written
// atomically, holding what is planned, what was already shown (by key, so a restart never
// shows a reminder twice), snoozed reminders and missed ones not yet reported.
import fs from 'node:fs/promises';
import { z } from 'zod';
import { ReminderSchema, type Reminder } from '../../../shared/contract';
import { writeFileAtomic } from '../fs/atomic-write';
import { logError } from '../log';

const StoredSchema = z.object({
  version: z.literal(1),
  planned: z.array(ReminderSchema),
  /** Keys of reminders already shown (or reported missed), with when (ISO). */
  shown: z.record(z.string(), z.iso.datetime()),
  snoozed: z.array(ReminderSchema),
  missed: z.array(ReminderSchema),
});
export type StoredReminders = z.infer<typeof StoredSchema>;

export const emptyReminders = (): StoredReminders => ({ version: 1, planned: [], shown: {}, snoozed: [], missed: [] });

/** Reads the file; a missing file is an empty schedule, a damaged one is kept aside (for support) and replaced. */
export async function loadReminders(file: string): Promise<StoredReminders> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyReminders();
    throw error;
  }
  try {
    return StoredSchema.parse(JSON.parse(text));
  } catch (error) {
    const aside = `${file}.damaged-${Date.now()}`;
    logError(`the reminder schedule could not be read; kept as ${aside}`, error);
    await fs.rename(file, aside).catch(() => undefined);
    return emptyReminders();
  }
}

/** Writes the whole schedule atomically. */
export async function saveReminders(file: string, state: StoredReminders): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(state)}\n`);
}

export type { Reminder };
