import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, protocol, screen, session, shell } from 'electron';
import { startBackend } from '../backend';
import { logError } from '../backend/log';
import { IPC_PUSH } from '../../shared/contract';
import dragIcon from '../../build/icons/64x64.png?asset';
import { wireDragOut } from './drag-out';
import { trustOwnWindows, wireIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { createElectronHost } from './native';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { denyAllPermissions, hardenWebContents, isExternalUrl } from './security';
import { electronStoreFactory } from './settings-store';
import { mainWindowOptions, trackWindowBounds } from './window';

// Wiring only: every decision lives in a tested function imported above.
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
const devServerUrl = process.env.ELECTRON_RENDERER_URL;

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openInBrowser));
  app.whenReady().then(start).catch((err: unknown) => {
    logError('start-up failed', err);
    dialog.showErrorBox('Career Organizer could not start', 'Please restart the app. If this keeps happening, reinstall it.');
    app.quit();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

function openInBrowser(url: string): void {
  if (isExternalUrl(url)) void shell.openExternal(url);
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);

  const host = createElectronHost({
    shell,
    dialog,
    createNotification: (o) => new Notification(o),
    notificationsSupported: () => Notification.isSupported(),
    window: () => mainWindow,
  });
  const backend = startBackend({
    dataDir: app.getPath('userData'),
    defaultLibraryDir: path.join(app.getPath('documents'), 'Career Organizer'),
    host,
    storeFactory: electronStoreFactory,
    facts: { name: app.getName(), version: app.getVersion(), mode: 'desktop' },
  });
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir, backend.resolveFile));
  const windows = () => BrowserWindow.getAllWindows().map((w) => w.webContents);
  const trusted = trustOwnWindows(windows, devServerUrl ? new URL(devServerUrl).origin : undefined);
  wireIpc(ipcMain, backend, trusted, windows);
  wireDragOut(ipcMain, trusted, backend.resolveFile, dragIcon);
  // Close the library cleanly before quitting (index compacted, search saved), once.
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closed = true;
    backend
      .close()
      .catch((err: unknown) => logError('closing the library', err))
      .finally(() => app.quit());
  });

  const navigate = (to: '/settings' | '/resources') =>
    mainWindow?.webContents.send(IPC_PUSH, { type: 'push', name: 'app-navigate', payload: { to } });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(process.platform, app.getName(), {
        openSettings: () => navigate('/settings'),
        openHelp: () => navigate('/resources'),
        openDataFolder: () => void host.openPath(app.getPath('userData')),
      }),
    ),
  );

  const createWindow = () => {
    const saved = backend.settings.get().windowBounds;
    const displays = screen.getAllDisplays().map((d) => d.workArea);
    const win = new BrowserWindow(mainWindowOptions(saved, displays, preloadPath));
    mainWindow = win;
    trackWindowBounds(win, (windowBounds) => backend.settings.update({ windowBounds }));
    win.once('ready-to-show', () => {
      if (saved?.maximized) win.maximize();
      win.show();
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    void win.loadURL(devServerUrl ?? APP_ENTRY_URL);
  };
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}
