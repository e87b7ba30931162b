import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContractError, createClient } from '../../../../renderer/src/api/client';
import { memoryTransport } from '../../../../renderer/src/api/transports/memory';
import { makeTempDir, startTestBackend } from '../../../support/backend';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('client over the memory transport, against the real backend', () => {
  it('sends a typed request and resolves with the result', async () => {
    const client = createClient(memoryTransport(startTestBackend(temp.dir)));
    const settings = await client.send('settings-set', { theme: 'dark' });
    expect(settings.theme).toBe('dark');
    expect((await client.send('settings-get', {})).theme).toBe('dark');
  });

  it('rejects with a ContractError carrying the readable message and code', async () => {
    const client = createClient(memoryTransport(startTestBackend(temp.dir)));
    // @ts-expect-error -- deliberately invalid, as a buggy caller might send it
    const failure = await client.send('settings-set', { theme: 'neon' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ContractError);
    expect((failure as ContractError).code).toBe('invalid-args');
    expect((failure as ContractError).message).toMatch(/theme/);
  });

  it('delivers push events to listeners of that event only, until they stop', async () => {
    const backend = startTestBackend(temp.dir);
    const client = createClient(memoryTransport(backend));
    const themes: string[] = [];
    const notices: unknown[] = [];
    const stop = client.listen('settings-changed', (s) => themes.push(s.theme));
    client.listen('app-notice', (n) => notices.push(n));
    await client.send('settings-set', { theme: 'light' });
    stop();
    await client.send('settings-set', { theme: 'dark' });
    expect(themes).toEqual(['light']);
    expect(notices).toEqual([]);
  });

  it('copies envelopes as a wire would, so callers cannot share objects with the backend', async () => {
    const backend = startTestBackend(temp.dir);
    const client = createClient(memoryTransport(backend));
    const first = await client.send('settings-get', {});
    first.theme = 'dark';
    expect((await client.send('settings-get', {})).theme).toBe('system');
  });
});
