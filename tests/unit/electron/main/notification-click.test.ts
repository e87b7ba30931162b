// A reminder's OS notification opens its event: clicking brings the window forward and
// pushes a navigate event to the page. Electron is replaced by fakes.
import type { BrowserWindow, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createElectronHost } from '../../../../electron/main/native';
import { IPC_PUSH } from '../../../../shared/contract';

type Listener = () => void;

function fakeNotification() {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    show: vi.fn(),
    on: vi.fn((event: string, fn: Listener) => {
      listeners.set(event, fn);
    }),
  };
}

function fakeWindow(state: { minimized?: boolean; destroyed?: boolean } = {}) {
  return {
    isDestroyed: vi.fn(() => state.destroyed ?? false),
    isMinimized: vi.fn(() => state.minimized ?? false),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
    webContents: { send: vi.fn() },
  };
}

function setup(options: { window?: ReturnType<typeof fakeWindow> | null; supported?: boolean } = {}) {
  const made: ReturnType<typeof fakeNotification>[] = [];
  const host = createElectronHost({
    shell: { openPath: vi.fn(), showItemInFolder: vi.fn(), trashItem: vi.fn() },
    dialog: { showOpenDialog: vi.fn() as unknown as Dialog['showOpenDialog'] },
    createNotification: vi.fn(() => {
      const n = fakeNotification();
      made.push(n);
      return n as never;
    }),
    notificationsSupported: () => options.supported ?? true,
    window: () => (options.window ?? null) as unknown as BrowserWindow | null,
  });
  return { host, made };
}

describe('notifications that open a route', () => {
  it('shows the notification and says so', () => {
    const { host, made } = setup({ window: fakeWindow() });
    expect(host.notify({ title: 'Interview', body: 'In 1 hour', route: '/schedule/event/e1' })).toBe(true);
    expect(made).toHaveLength(1);
    expect(made[0].show).toHaveBeenCalledOnce();
    expect([...made[0].listeners.keys()].sort()).toEqual(['click', 'close']);
  });

  it('on click restores, shows and focuses the window and pushes navigate with the route', () => {
    const win = fakeWindow({ minimized: true });
    const { host, made } = setup({ window: win });
    host.notify({ title: 'Interview', body: 'In 1 hour', route: '/schedule/event/e1' });
    made[0].listeners.get('click')!();
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.show).toHaveBeenCalledOnce();
    expect(win.focus).toHaveBeenCalledOnce();
    expect(win.webContents.send).toHaveBeenCalledExactlyOnceWith(IPC_PUSH, { type: 'push', name: 'navigate', payload: { route: '/schedule/event/e1' } });
  });

  it('does not restore a window that is not minimised, and does nothing without a live window', () => {
    const win = fakeWindow();
    const { host, made } = setup({ window: win });
    host.notify({ title: 'A', body: '', route: '/schedule' });
    made[0].listeners.get('click')!();
    expect(win.restore).not.toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalledOnce();

    const gone = setup({ window: null });
    gone.host.notify({ title: 'B', body: '', route: '/schedule' });
    expect(() => gone.made[0].listeners.get('click')!()).not.toThrow();
    const destroyed = fakeWindow({ destroyed: true });
    const closed = setup({ window: destroyed });
    closed.host.notify({ title: 'C', body: '', route: '/schedule' });
    closed.made[0].listeners.get('click')!();
    expect(destroyed.webContents.send).not.toHaveBeenCalled();
  });

  it('a notification without a route has no click handler; unsupported systems show nothing and report false', () => {
    const { host, made } = setup({ window: fakeWindow() });
    expect(host.notify({ title: 'Saved', body: '' })).toBe(true);
    expect(made[0].on).not.toHaveBeenCalled();
    const off = setup({ supported: false });
    expect(off.host.notify({ title: 'Interview', body: '', route: '/schedule' })).toBe(false);
    expect(off.made).toEqual([]);
  });
});
