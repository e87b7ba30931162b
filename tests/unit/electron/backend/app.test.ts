import { describe, expect, it } from 'vitest';
import { combine, createApp } from '../../../../electron/backend/app';
import { contract } from '../../../../shared/contract';
import { makeTempDir, startTestBackend } from '../../../support/backend';

describe('createApp / combine', () => {
  it('throws when one feature registers the same name twice', () => {
    const app = createApp<'settings-get'>().method('settings-get', () => ({}) as never);
    expect(() => app.method('settings-get', () => ({}) as never)).toThrow(/registered twice/);
  });

  it('throws when two features register the same name', () => {
    const a = createApp<'app-info'>().method('app-info', () => ({}) as never);
    const b = createApp<'app-info'>().method('app-info', () => ({}) as never);
    expect(() => combine(a, b)).toThrow(/"app-info" is registered by two features/);
  });

  it('joins distinct features into one table', () => {
    const a = createApp<'app-info'>().method('app-info', () => ({}) as never);
    const b = createApp<'settings-get'>().method('settings-get', () => ({}) as never);
    expect([...combine(a, b).keys()].sort()).toEqual(['app-info', 'settings-get']);
  });
});

describe('the running backend', () => {
  it('implements every method the contract declares', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const backend = startTestBackend(dir);
      for (const name of Object.keys(contract)) {
        const reply = await backend.dispatch({ id: 1, name, args: {} });
        // Valid or not, the args reached a handler: never "unknown method".
        expect(reply.type === 'error' ? reply.error.code : 'ok', name).not.toBe('unknown-method');
      }
    } finally {
      await cleanup();
    }
  });

  it('app-info reports version, platform, mode, data folder and what the host can do', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const reply = await startTestBackend(dir).dispatch({ id: 1, name: 'app-info', args: {} });
      expect(reply).toMatchObject({
        type: 'reply',
        result: { name: 'Career Organizer', version: '0.0.0-test', mode: 'test', dataDir: dir, capabilities: { pickFolder: true, openPath: true } },
      });
      expect(['linux', 'darwin', 'win32', 'other']).toContain((reply as { result: { platform: string } }).result.platform);
    } finally {
      await cleanup();
    }
  });
});
