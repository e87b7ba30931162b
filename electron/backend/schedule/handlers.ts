import path from 'node:path';
import type { PushPayload } from '../../../shared/contract';
import { createApp } from '../app';
import type { Host } from '../native-host';
import type { Clock } from './clock';
import { ReminderService } from './reminder-service';

/** The file in the data folder that holds the reminder schedule. */
export const REMINDERS_FILE = 'schedule-reminders.json';

export interface ScheduleBackendDeps {
  dataDir: string;
  host: Host;
  /** The user's notifications setting, read at each reminder. */
  notificationsOn: () => boolean;
  push: (payload: PushPayload<'reminder-due'>) => void;
  clock?: Clock;
}

/** The schedule-* handlers and the reminder service behind them; `close` stops its timer. */
export function scheduleBackend(deps: ScheduleBackendDeps) {
  const reminders = new ReminderService({
    file: path.join(deps.dataDir, REMINDERS_FILE),
    host: deps.host,
    notificationsOn: deps.notificationsOn,
    push: deps.push,
    clock: deps.clock,
  });
  const app = createApp<'schedule-sync-reminders' | 'schedule-snooze' | 'schedule-missed'>()
    .method('schedule-sync-reminders', ({ reminders: list }) => reminders.sync(list))
    .method('schedule-snooze', ({ key, minutes }) => reminders.snooze(key, minutes))
    .method('schedule-missed', () => reminders.missed());
  return { app, reminders, close: () => reminders.close() };
}
