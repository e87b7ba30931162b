import type { BrowserWindow, Dialog, Notification as ElectronNotification, Shell } from 'electron';
import type { Host } from '../backend/native-host';

export interface ElectronHostDeps {
  shell: Pick<Shell, 'openPath' | 'showItemInFolder' | 'trashItem'>;
  dialog: Pick<Dialog, 'showOpenDialog'>;
  /** The Notification class, or a factory with the same shape. */
  createNotification: (options: { title: string; body: string }) => Pick<ElectronNotification, 'show'>;
  notificationsSupported: () => boolean;
  /** The window dialogs belong to, if there is one. */
  window: () => BrowserWindow | null;
}

/** The desktop Host: Electron's shell, dialogs and notifications behind the backend's interface. */
export function createElectronHost(deps: ElectronHostDeps): Host {
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
    notify({ title, body }) {
      if (deps.notificationsSupported()) deps.createNotification({ title, body }).show();
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
