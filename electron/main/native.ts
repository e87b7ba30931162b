import type { BrowserWindow, Dialog, Notification as ElectronNotification, Shell } from 'electron';
import { IPC_PUSH, type PushEnvelope } from '../../shared/contract';
import type { Host } from '../backend/native-host';

type ShownNotification = Pick<ElectronNotification, 'show'> & Partial<Pick<ElectronNotification, 'on'>>;

export interface ElectronHostDeps {
  shell: Pick<Shell, 'openPath' | 'showItemInFolder' | 'trashItem'>;
  dialog: Pick<Dialog, 'showOpenDialog'>;
  /** The Notification class, or a factory with the same shape (`on` is needed only for notifications that open a route). */
  createNotification: (options: { title: string; body: string }) => ShownNotification;
  notificationsSupported: () => boolean;
  /** The window dialogs belong to, if there is one. */
  window: () => BrowserWindow | null;
}

/** The desktop Host: Electron's shell, dialogs and notifications behind the backend's interface. */
export function createElectronHost(deps: ElectronHostDeps): Host {
  const live = new Set<ShownNotification>();
  const withWindow = <T>(show: (win: BrowserWindow | null) => Promise<T>) => show(deps.window());
  return {
    capabilities: { pickFolder: true, openPath: true },
    async openPath(target) {
      // shell.openPath resolves to an error message, empty when it worked.
      return (await deps.shell.openPath(target)) === '';
    },
    async showInFolder(target) {
      deps.shell.showItemInFolder(target);
    },
    async trash(target) {
      await deps.shell.trashItem(target);
    },
    notify({ title, body, route }) {
      if (!deps.notificationsSupported()) return false;
      const notification = deps.createNotification({ title, body });
      if (route && notification.on) {
        // Held until clicked or closed: a collected Notification loses its click handler on some platforms.
        live.add(notification);
        notification.on('click', () => {
          live.delete(notification);
          openRoute(deps.window(), route);
        });
        notification.on('close', () => live.delete(notification));
      }
      notification.show();
      return true;
    },
    pickFolder: ({ title, defaultPath }) =>
      withWindow(async (win) => {
        const options = { title, defaultPath, properties: ['openDirectory', 'createDirectory'] as const };
        const result = win
          ? await deps.dialog.showOpenDialog(win, { ...options, properties: [...options.properties] })
          : await deps.dialog.showOpenDialog({ ...options, properties: [...options.properties] });
        return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
      }),
    pickFiles: ({ title, multiple }) =>
      withWindow(async (win) => {
        const properties: Array<'openFile' | 'multiSelections'> = multiple ? ['openFile', 'multiSelections'] : ['openFile'];
        const result = win
          ? await deps.dialog.showOpenDialog(win, { title, properties })
          : await deps.dialog.showOpenDialog({ title, properties });
        return result.canceled ? [] : result.filePaths;
      }),
  };
}

/** Brings the window forward (restored, shown, focused) and asks the page to open `route`. */
function openRoute(win: BrowserWindow | null, route: string): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  const envelope: PushEnvelope = { type: 'push', name: 'navigate', payload: { route } };
  win.webContents.send(IPC_PUSH, envelope);
}
