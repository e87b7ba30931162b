// Reminders with a fake clock and a real data folder: on time, once, across restarts.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushPayload, Reminder } from '../../../../../shared/contract';
import { setLogSink } from '../../../../../electron/backend/log';
import { ReminderService } from '../../../../../electron/backend/schedule/reminder-service';
import { makeTempDir } from '../../../../support/backend';
import { recordingHost } from '../../../../support/recording-host';
import { fakeClock, type FakeClock } from './fake-clock';

const T0 = Date.UTC(2027, 2, 1, 9, 0);
const MINUTE = 60_000;
const reminder = (key: string, minutesFromT0: number, extra: Partial<Reminder> = {}): Reminder => ({
  key,
  eventId: 'event-0001',
  title: `Reminder ${key}`,
  body: 'Tomorrow at 10:00',
  when: new Date(T0 + minutesFromT0 * MINUTE).toISOString(),
  route: '/schedule/event/event-0001',
  ...extra,
});

let temp: ReturnType<typeof makeTempDir>;
let file: string;
let clock: FakeClock;
let host: ReturnType<typeof recordingHost>;
let pushed: PushPayload<'reminder-due'>[];
let notifications: boolean;
const running: ReminderService[] = [];

function start(): ReminderService {
  const service = new ReminderService({ file, host, notificationsOn: () => notifications, push: (p) => pushed.push(p), clock });
  running.push(service);
  return service;
}
const shown = () => host.calls.filter(([name]) => name === 'notify').map(([, n]) => (n as { title: string }).title);

let logged: string[];
beforeEach(() => {
  logged = [];
  setLogSink((line) => logged.push(line));
  temp = makeTempDir('co-reminders-');
  file = path.join(temp.dir, 'schedule-reminders.json');
  clock = fakeClock(T0);
  host = recordingHost();
  pushed = [];
  notifications = true;
});
afterEach(async () => {
  for (const service of running.splice(0)) await service.close();
  await temp.cleanup();
});

describe('ReminderService', () => {
  it('fires once, at its time, through the host and as a push event', async () => {
    const service = start();
    await expect(service.sync([reminder('a', 30)])).resolves.toEqual({ planned: 1 });
    await clock.advance(29 * MINUTE);
    expect(shown()).toEqual([]);
    await clock.advance(MINUTE);
    expect(host.calls).toEqual([['notify', { title: 'Reminder a', body: 'Tomorrow at 10:00', route: '/schedule/event/event-0001' }]]);
    expect(pushed).toEqual([{ reminder: reminder('a', 30), notified: true }]);
    await clock.advance(24 * 60 * MINUTE);
    await service.sync([reminder('a', 30)]);
    expect(shown()).toEqual(['Reminder a']);
  });

  it('writes nothing once closed: a request still in flight when the app quits leaves the file as it was', async () => {
    const service = start();
    await service.sync([reminder('a', 30)]);
    await service.close();
    const before = fs.readFileSync(file, 'utf8');
    fs.rmSync(temp.dir, { recursive: true, force: true });
    await service.sync([reminder('b', 60)]);
    expect(fs.existsSync(file)).toBe(false);
    expect(logged.filter((line) => /ENOENT/.test(line))).toEqual([]);
    expect(JSON.parse(before).planned.map((r: Reminder) => r.key)).toEqual(['a']);
  });

  it('never fires again after a restart, even when the renderer plans it again', async () => {
    const first = start();
    await first.sync([reminder('a', 10), reminder('b', 120)]);
    await clock.advance(15 * MINUTE);
    await first.close();
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).shown).toHaveProperty('a');

    const second = start();
    await second.sync([reminder('a', 10), reminder('b', 120)]);
    await clock.advance(3 * 60 * MINUTE);
    expect(shown()).toEqual(['Reminder a', 'Reminder b']);
    await expect(second.missed()).resolves.toEqual([]);
  });

  it('reports reminders missed while the app was closed once at start, instead of firing them late', async () => {
    const before = start();
    await before.sync([reminder('early', 10), reminder('late', 24 * 60)]);
    await before.close();
    clock.set(T0 + 3 * 60 * MINUTE);

    const after = start();
    await after.ready;
    expect(shown()).toEqual([]);
    await expect(after.missed()).resolves.toEqual([reminder('early', 10)]);
    await expect(after.missed()).resolves.toEqual([]);
    await after.close();

    const again = start();
    await expect(again.missed()).resolves.toEqual([]);
    await clock.advance(24 * 60 * MINUTE);
    expect(shown()).toEqual(['Reminder late']);
  });

  it('snoozes a reminder that fired, and the snooze survives a restart', async () => {
    const service = start();
    await service.sync([reminder('a', 5)]);
    await clock.advance(5 * MINUTE);
    await expect(service.snooze('a', 10)).resolves.toEqual({ when: new Date(T0 + 15 * MINUTE).toISOString() });
    await service.close();

    const restarted = start();
    await restarted.ready;
    await clock.advance(9 * MINUTE);
    expect(shown()).toEqual(['Reminder a']);
    await clock.advance(MINUTE);
    expect(shown()).toEqual(['Reminder a', 'Reminder a']);
    await clock.advance(60 * MINUTE);
    expect(shown()).toHaveLength(2);
    await expect(restarted.snooze('unknown', 5)).rejects.toThrow(/no longer planned/);
  });

  it('a resync drops cancelled reminders and plans changed ones under their new keys', async () => {
    const service = start();
    await service.sync([reminder('keep', 10), reminder('cancel', 20), reminder('old-time', 30)]);
    await expect(service.sync([reminder('keep', 10), reminder('new-time', 40)])).resolves.toEqual({ planned: 2 });
    await clock.advance(60 * MINUTE);
    expect(shown()).toEqual(['Reminder keep', 'Reminder new-time']);
  });

  it('fires a reminder planned a few minutes late at once, and drops one long past', async () => {
    const service = start();
    await service.sync([reminder('just-late', -5), reminder('long-past', -120)]);
    await clock.advance(0);
    expect(shown()).toEqual(['Reminder just-late']);
  });

  it('honours the notifications setting: no system notification, the page is still told', async () => {
    notifications = false;
    const service = start();
    await service.sync([reminder('quiet', 1)]);
    await clock.advance(MINUTE);
    expect(shown()).toEqual([]);
    expect(pushed).toEqual([{ reminder: reminder('quiet', 1), notified: false }]);
  });

  it('wakes at least hourly, so a reminder weeks away still fires on time after the clock jumps', async () => {
    const service = start();
    await service.sync([reminder('far', 30 * 24 * 60)]);
    expect(clock.pending()).toBe(1);
    await clock.advance(30 * 24 * 60 * MINUTE);
    expect(shown()).toEqual(['Reminder far']);
  });

  it('sets a damaged schedule file aside and starts afresh', async () => {
    fs.writeFileSync(file, '{"version": 1, "planned": [{"key": ');
    const service = start();
    await expect(service.sync([reminder('a', 5)])).resolves.toEqual({ planned: 1 });
    expect(fs.readdirSync(temp.dir).some((n) => n.startsWith('schedule-reminders.json.damaged-'))).toBe(true);
    expect(logged.join('\n')).toContain('the reminder schedule could not be read');
  });
});
