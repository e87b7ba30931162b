// The schedule-* methods through the real backend's dispatch: argument checks and wiring.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLogSink } from '../../../../../electron/backend/log';
import type { PushEnvelope } from '../../../../../shared/contract';
import { makeTempDir, startTestBackend } from '../../../../support/backend';
import { recordingHost } from '../../../../support/recording-host';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('co-schedule-');
  setLogSink(() => undefined);
});
afterEach(() => temp.cleanup());

const valid = { key: 'e1|2027-03-02T10:00|60', eventId: 'event-0001', title: 'Interview', when: new Date(Date.now() + 50).toISOString(), route: '/schedule/event/event-0001' };

describe('schedule handlers', () => {
  it('plans, fires through the host and pushes reminder-due, with notifications on', async () => {
    const host = recordingHost();
    const backend = startTestBackend(temp.dir, host);
    const pushes: PushEnvelope[] = [];
    backend.onPush((p) => pushes.push(p));
    try {
      const soon = { ...valid, when: new Date(Date.now() + 400).toISOString() };
      expect(await backend.dispatch({ id: 1, name: 'schedule-sync-reminders', args: { reminders: [soon] } })).toMatchObject({ type: 'reply', result: { planned: 1 } });
      expect(host.calls).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(host.calls).toContainEqual(['notify', { title: 'Interview', body: '', route: '/schedule/event/event-0001' }]);
      expect(pushes.find((p) => p.name === 'reminder-due')).toMatchObject({ payload: { reminder: { key: valid.key, body: '' }, notified: true } });
      expect(await backend.dispatch({ id: 2, name: 'schedule-missed', args: {} })).toMatchObject({ type: 'reply', result: [] });
    } finally {
      await backend.close();
    }
  });

  it('refuses a route that leaves the app and a snooze of no time, with readable messages', async () => {
    const backend = startTestBackend(temp.dir);
    try {
      for (const route of ['https://evil.example/', '//evil.example/x', 'javascript:alert(1)']) {
        const reply = await backend.dispatch({ id: 1, name: 'schedule-sync-reminders', args: { reminders: [{ ...valid, route }] } });
        expect(reply).toMatchObject({ type: 'error' });
        if (reply.type === 'error') expect(reply.error.message).toContain('is not a route inside the app');
      }
      expect(await backend.dispatch({ id: 2, name: 'schedule-snooze', args: { key: 'x', minutes: 0 } })).toMatchObject({ type: 'error' });
      const unknown = await backend.dispatch({ id: 3, name: 'schedule-snooze', args: { key: 'x', minutes: 5 } });
      expect(unknown).toMatchObject({ type: 'error' });
      if (unknown.type === 'error') expect(unknown.error.message).toMatch(/no longer planned/);
    } finally {
      await backend.close();
    }
  });
});

describe('browser-mode host', () => {
  it('hands a notification to the page (onNotify, with its route) and reports that the system showed nothing', async () => {
    const { createNodeHost } = await import('../../../../../electron/backend/host/node-host');
    const seen: unknown[] = [];
    const host = createNodeHost({ trashDir: temp.dir, onNotify: (n) => seen.push(n), launch: false });
    expect(host.notify({ title: 'Interview', body: 'In 1 hour', route: '/schedule/event/e1' })).toBe(false);
    expect(seen).toEqual([{ title: 'Interview', body: 'In 1 hour', route: '/schedule/event/e1' }]);
  });
});
