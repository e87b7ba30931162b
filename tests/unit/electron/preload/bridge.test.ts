import { EventEmitter } from 'node:events';
import type { IpcRenderer, WebUtils } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../../../electron/preload/bridge';
import type { PushEnvelope, RequestEnvelope } from '../../../../shared/contract';

/** ipcRenderer stand-in: a real EventEmitter for on/removeListener, a spy for invoke. */
function fakeIpcRenderer() {
  const emitter = new EventEmitter();
  const invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => ({ type: 'reply', id: 1, result: 'pong' }));
  const ipc = {
    invoke,
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => emitter.on(channel, listener)),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => emitter.removeListener(channel, listener)),
    send: vi.fn(),
  };
  const webUtils = { getPathForFile: vi.fn((file: File) => `/home/sam/${file.name}`) };
  const bridge = createBridge(ipc as unknown as Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener' | 'send'>, webUtils as unknown as Pick<WebUtils, 'getPathForFile'>);
  /** Delivers a message as Electron does: an IpcRendererEvent first, then the payload. */
  const deliver = (channel: string, payload: unknown) => emitter.emit(channel, { sender: 'ipc-event' }, payload);
  return { bridge, ipc, invoke, emitter, deliver, webUtils };
}

const push = (name: string): PushEnvelope => ({ type: 'push', name, payload: { n: name } });

describe('createBridge', () => {
  it('exposes only its four functions (never ipcRenderer itself)', () => {
    const { bridge } = fakeIpcRenderer();
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onPush', 'pathForFile', 'startDrag']);
  });

  it('gives the path of a dropped file through webUtils, and asks main to drag by ids only', () => {
    const { bridge, ipc, webUtils } = fakeIpcRenderer();
    const file = { name: 'cv.pdf' } as File;
    expect(bridge.pathForFile(file)).toBe('/home/sam/cv.pdf');
    expect(webUtils.getPathForFile).toHaveBeenCalledWith(file);
    bridge.startDrag('doc123456', 'ver123456');
    expect(ipc.send).toHaveBeenCalledExactlyOnceWith('co:start-drag', { documentId: 'doc123456', versionId: 'ver123456' });
  });

  it('sends a call as exactly one invoke on co:call with the envelope, and returns the reply', async () => {
    const { bridge, invoke } = fakeIpcRenderer();
    const envelope: RequestEnvelope = { id: 1, name: 'app-info', args: {} };
    await expect(bridge.call(envelope)).resolves.toEqual({ type: 'reply', id: 1, result: 'pong' });
    expect(invoke).toHaveBeenCalledExactlyOnceWith('co:call', envelope);
  });

  it('passes a failed invoke on as a rejection', async () => {
    const { bridge, invoke } = fakeIpcRenderer();
    invoke.mockRejectedValueOnce(new Error('main process gone'));
    await expect(bridge.call({ id: 2, name: 'app-info', args: {} })).rejects.toThrow('main process gone');
  });

  it('relays push envelopes from co:push without the IPC event', () => {
    const { bridge, deliver } = fakeIpcRenderer();
    const heard: unknown[][] = [];
    bridge.onPush((...args) => heard.push(args));
    deliver('co:push', push('settings-changed'));
    deliver('co:call', push('not-a-push-channel'));
    deliver('co:push', push('app-notice'));
    expect(heard).toEqual([[push('settings-changed')], [push('app-notice')]]);
  });

  it('stops relaying for exactly the listener whose unsubscribe was called', () => {
    const { bridge, deliver, emitter, ipc } = fakeIpcRenderer();
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = bridge.onPush(first);
    bridge.onPush(second);
    expect(emitter.listenerCount('co:push')).toBe(2);

    stopFirst();
    expect(emitter.listenerCount('co:push')).toBe(1);
    expect(ipc.removeListener).toHaveBeenCalledExactlyOnceWith('co:push', ipc.on.mock.calls[0][1]);
    deliver('co:push', push('settings-changed'));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledExactlyOnceWith(push('settings-changed'));
  });

  it('keeps two subscriptions of the same function apart', () => {
    const { bridge, deliver } = fakeIpcRenderer();
    const listener = vi.fn();
    const stopOne = bridge.onPush(listener);
    bridge.onPush(listener);
    stopOne();
    deliver('co:push', push('app-notice'));
    expect(listener).toHaveBeenCalledOnce();
  });
});
