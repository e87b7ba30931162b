// Keeps the reminder schedule the renderer plans and fires it on time: through the Host (an
// OS notification on the desktop) when notifications are on, and always as a push event so
// the page can show it in the app. Shown keys are persisted before anything else happens,
// so a crash or restart never shows a reminder twice.
import type { PushPayload, Reminder } from '../../../shared/contract';
import { UserError } from '../errors';
import { logError } from '../log';
import type { Host } from '../native-host';
import { systemClock, type Clock } from './clock';
import { loadReminders, saveReminders, type StoredReminders } from './reminder-store';

/** A reminder due this little before start-up still fires normally: the app was only just closed. */
export const MISSED_GRACE_MS = 2 * 60_000;
/** A newly planned reminder up to this late still fires ("starts in 30 minutes"); older ones are dropped. */
export const LATE_LIMIT_MS = 15 * 60_000;
/** The longest single wait: timers drift across sleep and clock changes, so wake at least hourly and look again. */
export const MAX_WAIT_MS = 60 * 60_000;
/** Shown keys are remembered this long; the renderer plans only 60 days ahead. */
const SHOWN_KEEP_MS = 120 * 86_400_000;
/** Shown reminders kept for snoozing. */
const RECENT_LIMIT = 200;

export interface ReminderServiceDeps {
  file: string;
  host: Pick<Host, 'notify'>;
  notificationsOn: () => boolean;
  push: (payload: PushPayload<'reminder-due'>) => void;
  clock?: Clock;
}

export class ReminderService {
  private readonly clock: Clock;
  private state: StoredReminders = { version: 1, planned: [], shown: {}, snoozed: [], missed: [] };
  /** Reminders shown lately (fired or reported missed), for snooze. Not persisted beyond this run. */
  private recent: Reminder[] = [];
  private cancelTimer: (() => void) | null = null;
  private closed = false;
  private saving: Promise<void> = Promise.resolve();
  /** Resolves once the schedule is loaded and missed reminders are set aside. */
  readonly ready: Promise<void>;

  constructor(private readonly deps: ReminderServiceDeps) {
    this.clock = deps.clock ?? systemClock;
    this.ready = this.load();
  }

  /** Replaces the planned reminders. Returns how many are still to come. */
  async sync(reminders: readonly Reminder[]): Promise<{ planned: number }> {
    await this.ready;
    const now = this.clock.now();
    const byKey = new Map(reminders.map((r) => [r.key, r]));
    this.state.planned = [...byKey.values()].filter((r) => !this.state.shown[r.key] && Date.parse(r.when) >= now - LATE_LIMIT_MS);
    this.tick();
    this.save();
    return { planned: this.state.planned.filter((r) => !this.state.shown[r.key]).length };
  }

  /** Shows a reminder again `minutes` from now. */
  async snooze(key: string, minutes: number): Promise<{ when: string }> {
    await this.ready;
    const reminder = [...this.recent, ...this.state.snoozed, ...this.state.planned, ...this.state.missed].find((r) => r.key === key);
    if (!reminder) throw new UserError('That reminder is no longer planned, so it cannot be snoozed. Its event may have been changed or deleted.');
    const when = new Date(this.clock.now() + minutes * 60_000).toISOString();
    this.state.snoozed = [...this.state.snoozed.filter((r) => r.key !== key), { ...reminder, when }];
    this.save();
    this.arm();
    return { when };
  }

  /** The reminders missed while the app was closed; returned once. */
  async missed(): Promise<Reminder[]> {
    await this.ready;
    const missed = this.state.missed;
    if (missed.length === 0) return [];
    this.state.missed = [];
    this.remember(missed);
    await this.save();
    return missed;
  }

  /** Stops the timer and waits for the last write. */
  async close(): Promise<void> {
    this.closed = true;
    this.cancelTimer?.();
    await this.ready.catch(() => undefined);
    await this.saving;
  }

  private async load(): Promise<void> {
    this.state = await loadReminders(this.deps.file);
    const now = this.clock.now();
    const stamp = new Date(now).toISOString();
    // Reminders that came due while the app was closed are reported by missed(), never fired late.
    const overdue = [...this.state.planned, ...this.state.snoozed].filter((r) => !this.isShown(r) && Date.parse(r.when) < now - MISSED_GRACE_MS);
    for (const r of overdue) this.state.shown[r.key] = stamp;
    const missedKeys = new Set(overdue.map((r) => r.key));
    this.state.missed = [...this.state.missed, ...overdue].sort((a, b) => a.when.localeCompare(b.when));
    this.state.snoozed = this.state.snoozed.filter((r) => !missedKeys.has(r.key));
    for (const [key, at] of Object.entries(this.state.shown)) if (Date.parse(at) < now - SHOWN_KEEP_MS) delete this.state.shown[key];
    await this.save();
    this.tick();
  }

  /** A planned reminder counts as shown once its key is; a snoozed one is its own second showing. */
  private isShown(r: Reminder): boolean {
    return this.state.snoozed.includes(r) ? false : this.state.shown[r.key] !== undefined;
  }

  /** Fires everything due, then waits for the next. */
  private tick(): void {
    if (this.closed) return;
    const now = this.clock.now();
    const due = [
      ...this.state.planned.filter((r) => !this.state.shown[r.key] && Date.parse(r.when) <= now),
      ...this.state.snoozed.filter((r) => Date.parse(r.when) <= now),
    ];
    if (due.length > 0) {
      const stamp = new Date(now).toISOString();
      for (const r of due) this.state.shown[r.key] = stamp;
      const dueSnoozes = new Set(due);
      this.state.snoozed = this.state.snoozed.filter((r) => !dueSnoozes.has(r));
      // Remember first, then show: a crash between the two loses a notification rather than repeating one.
      this.save();
      for (const r of due) this.fire(r);
      this.remember(due);
    }
    this.arm();
  }

  private fire(reminder: Reminder): void {
    let notified = false;
    if (this.deps.notificationsOn()) {
      try {
        notified = this.deps.host.notify({ title: reminder.title, body: reminder.body, route: reminder.route });
      } catch (error) {
        logError('showing a reminder notification', error);
      }
    }
    this.deps.push({ reminder, notified });
  }

  private arm(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    if (this.closed) return;
    const waiting = [...this.state.planned.filter((r) => !this.state.shown[r.key]), ...this.state.snoozed].map((r) => Date.parse(r.when));
    if (waiting.length === 0) return;
    const delay = Math.min(Math.max(0, Math.min(...waiting) - this.clock.now()), MAX_WAIT_MS);
    this.cancelTimer = this.clock.after(delay, () => this.tick());
  }

  private remember(shown: readonly Reminder[]): void {
    this.recent = [...this.recent.filter((r) => !shown.some((s) => s.key === r.key)), ...shown].slice(-RECENT_LIMIT);
  }

  private save(): Promise<void> {
    // A request still in flight when the backend closes must not write afterwards: the data
    // folder may be going away (tests remove it; the app is quitting). Writes begun before stay.
    if (this.closed) return this.saving;
    const snapshot = structuredClone(this.state);
    this.saving = this.saving
      .catch(() => undefined)
      .then(() => saveReminders(this.deps.file, snapshot))
      .catch((error: unknown) => logError('saving the reminder schedule', error));
    return this.saving;
  }
}
