import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLogSink } from '../../../../electron/backend/log';
import type { PushEnvelope } from '../../../../shared/contract';
import { makeTempDir, startTestBackend } from '../../../support/backend';
import { recordingHost } from '../../../support/recording-host';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
  setLogSink(() => undefined);
});
afterEach(() => temp.cleanup());

const call = async (backend: ReturnType<typeof startTestBackend>, name: string, args: unknown = {}) => {
  const reply = await backend.dispatch({ id: 1, name, args });
  if (reply.type === 'error') throw new Error(reply.error.message);
  return reply.result as Record<string, unknown>;
};

describe('settings', () => {
  it('starts with the defaults', async () => {
    const settings = await call(startTestBackend(temp.dir), 'settings-get');
    expect(settings).toEqual({
      theme: 'system',
      language: 'en',
      weeklyActivityTarget: 3,
      libraryDir: path.join(temp.dir, 'Career Organizer'),
      notifications: true,
      importLimitMb: 200,
      windowBounds: null,
      libraryMove: null,
    });
  });

  it('saves a change to disk, where a restarted backend finds it', async () => {
    await call(startTestBackend(temp.dir), 'settings-set', { theme: 'dark', weeklyActivityTarget: 5 });
    const file = JSON.parse(fs.readFileSync(path.join(temp.dir, 'settings.json'), 'utf8'));
    expect(file).toMatchObject({ theme: 'dark', weeklyActivityTarget: 5 });
    expect(await call(startTestBackend(temp.dir), 'settings-get')).toMatchObject({ theme: 'dark', weeklyActivityTarget: 5 });
  });

  it('pushes settings-changed to every listener with the new settings', async () => {
    const backend = startTestBackend(temp.dir);
    const heardA: PushEnvelope[] = [];
    const heardB: PushEnvelope[] = [];
    backend.onPush((e) => heardA.push(e));
    const stopB = backend.onPush((e) => heardB.push(e));
    await call(backend, 'settings-set', { language: 'es' });
    stopB();
    await call(backend, 'settings-set', { language: 'en' });
    expect(heardA.map((e) => [e.name, (e.payload as { language: string }).language])).toEqual([
      ['settings-changed', 'es'],
      ['settings-changed', 'en'],
    ]);
    expect(heardB).toHaveLength(1);
  });

  it('refuses an invalid change and keeps the saved value', async () => {
    const backend = startTestBackend(temp.dir);
    const reply = await backend.dispatch({ id: 1, name: 'settings-set', args: { theme: 'neon' } });
    expect(reply.type === 'error' && reply.error.code).toBe('invalid-args');
    expect(await call(backend, 'settings-get')).toMatchObject({ theme: 'system' });
  });

  it('accepts an absolute library folder and refuses a relative one with advice', async () => {
    const backend = startTestBackend(temp.dir);
    const target = path.join(temp.dir, 'My documents');
    expect(await call(backend, 'settings-set-library-dir', { path: target })).toMatchObject({ libraryDir: target });
    const reply = await backend.dispatch({ id: 2, name: 'settings-set-library-dir', args: { path: 'docs/here' } });
    expect(reply.type === 'error' && reply.error).toMatchObject({ code: 'failed', message: expect.stringMatching(/full path/) });
    expect(await call(backend, 'settings-get')).toMatchObject({ libraryDir: target });
  });

  it('sets the library folder from the system folder picker, and changes nothing when cancelled', async () => {
    const chosen = path.join(temp.dir, 'Picked');
    let answer: string | null = chosen;
    const backend = startTestBackend(temp.dir, recordingHost({ pickFolder: async () => answer }));
    expect(await call(backend, 'settings-choose-library-dir')).toMatchObject({ libraryDir: chosen });
    answer = null;
    const reply = await backend.dispatch({ id: 1, name: 'settings-choose-library-dir', args: {} });
    expect(reply).toMatchObject({ type: 'reply', result: null });
    expect(await call(backend, 'settings-get')).toMatchObject({ libraryDir: chosen });
  });

  for (const [what, content] of [
    ['not JSON', '{not json'],
    ['empty', ''],
    ['against the schema', JSON.stringify({ theme: 'neon', weeklyActivityTarget: 'lots' })],
  ] as const) {
    it(`keeps a settings file that is ${what} aside, loads defaults and tells the user once`, async () => {
      const file = path.join(temp.dir, 'settings.json');
      fs.writeFileSync(file, content);
      const backend = startTestBackend(temp.dir);
      expect(await call(backend, 'settings-get')).toMatchObject({ theme: 'system', weeklyActivityTarget: 3 });

      const kept = fs.readdirSync(temp.dir).filter((f) => f.startsWith('settings.unreadable-'));
      expect(kept).toHaveLength(1);
      expect(fs.readFileSync(path.join(temp.dir, kept[0]), 'utf8')).toBe(content);

      const first = (await backend.dispatch({ id: 1, name: 'app-notices-take', args: {} })) as { result: unknown[] };
      expect(first.result).toEqual([expect.objectContaining({ kind: 'settings-reset', detail: path.join(temp.dir, kept[0]) })]);
      const second = (await backend.dispatch({ id: 2, name: 'app-notices-take', args: {} })) as { result: unknown[] };
      expect(second.result).toEqual([]);
      // A later start with the now-healthy file has nothing to tell.
      const again = (await startTestBackend(temp.dir).dispatch({ id: 3, name: 'app-notices-take', args: {} })) as { result: unknown[] };
      expect(again.result).toEqual([]);
    });
  }

  it('opens the data folder through the host, never a path from the caller', async () => {
    const host = recordingHost();
    const backend = startTestBackend(temp.dir, host);
    expect(await call(backend, 'app-open-data-dir')).toEqual({ opened: true });
    expect(host.calls).toEqual([['openPath', temp.dir]]);
    const sneaky = await backend.dispatch({ id: 1, name: 'app-open-data-dir', args: { path: '/etc' } });
    expect(sneaky.type === 'error' && sneaky.error.code).toBe('invalid-args');
  });
});
