// A clock the test moves by hand; timers run in time order as it passes them.
import type { Clock } from '../../../../../electron/backend/schedule/clock';

export interface FakeClock extends Clock {
  /** Moves time forward, running every timer that comes due on the way, and lets their promises settle. */
  advance(ms: number): Promise<void>;
  set(ms: number): void;
  pending(): number;
}

export function fakeClock(start: number): FakeClock {
  let now = start;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return {
    now: () => now,
    after(ms, fn) {
      const id = ++seq;
      timers.set(id, { at: now + ms, fn });
      return () => timers.delete(id);
    },
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!next || next[1].at > end) break;
        timers.delete(next[0]);
        now = Math.max(now, next[1].at);
        next[1].fn();
        await settle();
      }
      now = end;
      await settle();
    },
    set(ms) {
      now = ms;
    },
    pending: () => timers.size,
  };
}
