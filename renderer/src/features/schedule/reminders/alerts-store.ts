import { create } from 'zustand';
import type { Reminder } from '../../../../../shared/contract';

/** Reminders shown in the page: due now, or missed while the app was closed. */
export interface ReminderAlert {
  id: number;
  kind: 'due' | 'missed';
  reminders: Reminder[];
}

interface AlertsState {
  alerts: ReminderAlert[];
  add(kind: ReminderAlert['kind'], reminders: Reminder[]): void;
  dismiss(id: number): void;
}

let nextId = 1;

/** The in-page reminders; they stay until the user acts on them (a reminder that vanishes by itself is missed). */
export const useReminderAlerts = create<AlertsState>((set) => ({
  alerts: [],
  add: (kind, reminders) =>
    set((state) => {
      // The same reminder again (a snooze that came due) replaces its old alert.
      const keys = new Set(reminders.map((r) => r.key));
      const kept = state.alerts.filter((a) => !(a.kind === kind && a.reminders.every((r) => keys.has(r.key))));
      return { alerts: [...kept.slice(-4), { id: nextId++, kind, reminders }] };
    }),
  dismiss: (id) => set((state) => ({ alerts: state.alerts.filter((a) => a.id !== id) })),
}));
