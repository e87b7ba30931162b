import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { trustOwnWindows, wireIpc } from '../../../../electron/main/ipc';
import type { PushEnvelope, ReplyEnvelope } from '../../../../shared/contract';

type InvokeHandler = (event: Partial<IpcMainInvokeEvent>, raw: unknown) => Promise<unknown>;
type Frame = { url: string; parent: object | null } | null;

const DEV_ORIGIN = 'http://localhost:5173';
const ENVELOPE = { id: 7, name: 'settings-get', args: {} };

function fakeWindow(id: number, destroyed = false) {
  return { id, send: vi.fn(), isDestroyed: () => destroyed };
}

/** Wires IPC against a fake ipcMain and backend; `own` is the live list of our windows. */
function setup(devServerOrigin?: string) {
  const own = [fakeWindow(1)];
  const handlers = new Map<string, InvokeHandler>();
  const ipcMain = { handle: vi.fn((channel: string, h: InvokeHandler) => handlers.set(channel, h)) };
  let pushListener: ((envelope: PushEnvelope) => void) | undefined;
  const unsubscribe = vi.fn();
  const backend = {
    dispatch: vi.fn(async (raw: unknown): Promise<ReplyEnvelope> => ({ type: 'reply', id: (raw as { id: number }).id, result: 'ok' })),
    onPush: vi.fn((listener: (envelope: PushEnvelope) => void) => {
      pushListener = listener;
      return unsubscribe;
    }),
  };
  const stop = wireIpc(
    ipcMain as unknown as Pick<IpcMain, 'handle'>,
    backend as unknown as Pick<Backend, 'dispatch' | 'onPush'>,
    trustOwnWindows(() => own, devServerOrigin),
    () => own as unknown as Array<Pick<WebContents, 'send' | 'isDestroyed'>>,
  );
  const call = (senderId: number, frame: Frame, raw: unknown = ENVELOPE) => {
    const handler = handlers.get('co:call');
    if (!handler) throw new Error('nothing handles co:call');
    return handler({ sender: { id: senderId } as WebContents, senderFrame: frame as IpcMainInvokeEvent['senderFrame'] }, raw);
  };
  const push = (envelope: PushEnvelope) => {
    if (!pushListener) throw new Error('wireIpc did not subscribe to push events');
    pushListener(envelope);
  };
  return { own, ipcMain, backend, stop, unsubscribe, call, push };
}

const top = (url: string): Frame => ({ url, parent: null });
const REFUSAL = { type: 'error', id: null, error: { code: 'bad-envelope', message: expect.any(String) } };

describe('wireIpc calls', () => {
  it('registers one handler, on co:call', () => {
    const { ipcMain } = setup();
    expect(ipcMain.handle).toHaveBeenCalledOnce();
    expect(ipcMain.handle.mock.calls[0][0]).toBe('co:call');
  });

  it('dispatches a call from our window showing our app:// page and returns the reply', async () => {
    const { call, backend } = setup();
    await expect(call(1, top('app://app/index.html#/settings'))).resolves.toEqual({ type: 'reply', id: 7, result: 'ok' });
    expect(backend.dispatch).toHaveBeenCalledExactlyOnceWith(ENVELOPE);
  });

  it.each<[string, number, Frame]>([
    ['a foreign webContents', 99, top('app://app/index.html')],
    ['a sub-frame of our window', 1, { url: 'app://app/index.html', parent: { url: 'app://app/index.html' } }],
    ['our window showing another site', 1, top('https://evil.example/')],
    ['our window on a look-alike app host', 1, top('app://app.evil/index.html')],
    ['our window on app:// with a port', 1, top('app://app:1234/index.html')],
    ['our window on a file: page', 1, top('file:///home/user/index.html')],
    ['our window on about:blank', 1, top('about:blank')],
    ['our window on a data: page', 1, top('data:text/html,hi')],
    ['our window with an unparsable frame URL', 1, top('')],
    ['a frame that is already gone', 1, null],
    ['the dev server when none is configured', 1, top(`${DEV_ORIGIN}/`)],
  ])('refuses %s without dispatching', async (_case, senderId, frame) => {
    const { call, backend } = setup();
    await expect(call(senderId, frame)).resolves.toEqual(REFUSAL);
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('accepts the dev-server origin only when it is configured, and only that origin', async () => {
    const { call, backend } = setup(DEV_ORIGIN);
    await expect(call(1, top(`${DEV_ORIGIN}/#/settings`))).resolves.toMatchObject({ type: 'reply' });
    await expect(call(1, top('app://app/index.html'))).resolves.toMatchObject({ type: 'reply' });
    await expect(call(1, top('http://localhost:5174/'))).resolves.toEqual(REFUSAL);
    await expect(call(1, top('https://localhost:5173/'))).resolves.toEqual(REFUSAL);
    await expect(call(99, top(`${DEV_ORIGIN}/`))).resolves.toEqual(REFUSAL);
    expect(backend.dispatch).toHaveBeenCalledTimes(2);
  });

  it("never trusts opaque origins, even if the dev-server origin is misconfigured as 'null'", async () => {
    const { call, backend } = setup('null');
    for (const url of ['data:text/html,hi', 'about:blank', 'file:///tmp/x.html']) {
      await expect(call(1, top(url)), url).resolves.toEqual(REFUSAL);
    }
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('asks for the list of own windows at call time, so a later window is trusted and a closed one is not', async () => {
    const { call, own, backend } = setup();
    await expect(call(2, top('app://app/'))).resolves.toEqual(REFUSAL);
    own.push(fakeWindow(2));
    await expect(call(2, top('app://app/'))).resolves.toMatchObject({ type: 'reply' });
    own.splice(0, own.length);
    await expect(call(2, top('app://app/'))).resolves.toEqual(REFUSAL);
    expect(backend.dispatch).toHaveBeenCalledOnce();
  });
});

describe('wireIpc push', () => {
  const envelope: PushEnvelope = { type: 'push', name: 'settings-changed', payload: { theme: 'dark' } };

  it('sends each push to every live window on co:push, skipping destroyed ones', () => {
    const { own, push } = setup();
    const gone = fakeWindow(2, true);
    const later = fakeWindow(3);
    own.push(gone, later);
    push(envelope);
    expect(own[0].send).toHaveBeenCalledExactlyOnceWith('co:push', envelope);
    expect(later.send).toHaveBeenCalledExactlyOnceWith('co:push', envelope);
    expect(gone.send).not.toHaveBeenCalled();
  });

  it("returns the backend's unsubscribe function", () => {
    const { stop, unsubscribe, backend } = setup();
    expect(backend.onPush).toHaveBeenCalledOnce();
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});
