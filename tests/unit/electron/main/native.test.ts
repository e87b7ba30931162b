import type { BrowserWindow, Dialog, OpenDialogReturnValue } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createElectronHost, type ElectronHostDeps } from '../../../../electron/main/native';

function setup(options: { window?: BrowserWindow | null; dialogResult?: OpenDialogReturnValue; supported?: boolean } = {}) {
  const shell = {
    openPath: vi.fn(async (_path: string) => ''),
    showItemInFolder: vi.fn(),
    trashItem: vi.fn(async (_path: string) => undefined),
  };
  const showOpenDialog = vi.fn(async (..._args: unknown[]) => options.dialogResult ?? { canceled: true, filePaths: [] });
  const notification = { show: vi.fn() };
  const createNotification = vi.fn((_o: { title: string; body: string }) => notification);
  const deps: ElectronHostDeps = {
    shell,
    dialog: { showOpenDialog: showOpenDialog as unknown as Dialog['showOpenDialog'] },
    createNotification,
    notificationsSupported: () => options.supported ?? true,
    window: () => options.window ?? null,
  };
  return { host: createElectronHost(deps), shell, showOpenDialog, createNotification, notification };
}

const chose = (...filePaths: string[]): OpenDialogReturnValue => ({ canceled: false, filePaths });

describe('createElectronHost', () => {
  it('declares that it can pick folders and open paths', () => {
    expect(setup().host.capabilities).toEqual({ pickFolder: true, openPath: true });
  });

  it('reports openPath as done when shell.openPath resolves to an empty string', async () => {
    const { host, shell } = setup();
    await expect(host.openPath('/data/letter.pdf')).resolves.toBe(true);
    expect(shell.openPath).toHaveBeenCalledExactlyOnceWith('/data/letter.pdf');
  });

  it('reports openPath as failed when shell.openPath resolves to an error message', async () => {
    const { host, shell } = setup();
    shell.openPath.mockResolvedValueOnce('Failed to open path');
    await expect(host.openPath('/data/missing.pdf')).resolves.toBe(false);
  });

  it('moves a file to the trash through shell.trashItem and passes on its failure', async () => {
    const { host, shell } = setup();
    await host.trash('/data/old.pdf');
    expect(shell.trashItem).toHaveBeenCalledExactlyOnceWith('/data/old.pdf');
    shell.trashItem.mockRejectedValueOnce(new Error('no trash here'));
    await expect(host.trash('/data/other.pdf')).rejects.toThrow('no trash here');
  });

  it('shows a file in its folder', async () => {
    const { host, shell } = setup();
    await host.showInFolder('/data/cv.pdf');
    expect(shell.showItemInFolder).toHaveBeenCalledExactlyOnceWith('/data/cv.pdf');
  });

  it('shows a notification only where notifications are supported', () => {
    const on = setup({ supported: true });
    on.host.notify({ title: 'Interview', body: 'Tomorrow at 10' });
    expect(on.createNotification).toHaveBeenCalledExactlyOnceWith({ title: 'Interview', body: 'Tomorrow at 10' });
    expect(on.notification.show).toHaveBeenCalledOnce();

    const off = setup({ supported: false });
    off.host.notify({ title: 'Interview', body: 'Tomorrow at 10' });
    expect(off.createNotification).not.toHaveBeenCalled();
  });
});

describe('createElectronHost pickFolder', () => {
  it('returns the chosen folder, asking as a sheet of the window when there is one', async () => {
    const win = { id: 1 } as unknown as BrowserWindow;
    const { host, showOpenDialog } = setup({ window: win, dialogResult: chose('/home/me/Jobs') });
    await expect(host.pickFolder({ title: 'Choose', defaultPath: '/home/me' })).resolves.toBe('/home/me/Jobs');
    expect(showOpenDialog).toHaveBeenCalledExactlyOnceWith(win, {
      title: 'Choose',
      defaultPath: '/home/me',
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it('asks without a parent window when there is none', async () => {
    const { host, showOpenDialog } = setup({ dialogResult: chose('/home/me/Jobs') });
    await expect(host.pickFolder({ title: 'Choose' })).resolves.toBe('/home/me/Jobs');
    expect(showOpenDialog).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }));
  });

  it('returns null when the user cancels, or nothing was chosen', async () => {
    await expect(setup().host.pickFolder({ title: 'Choose' })).resolves.toBeNull();
    await expect(setup({ dialogResult: chose() }).host.pickFolder({ title: 'Choose' })).resolves.toBeNull();
    const canceledWithStalePath = { canceled: true, filePaths: ['/stale'] };
    await expect(setup({ dialogResult: canceledWithStalePath }).host.pickFolder({ title: 'Choose' })).resolves.toBeNull();
  });
});

describe('createElectronHost pickFiles', () => {
  it('returns every chosen file, allowing several only when asked', async () => {
    const win = { id: 1 } as unknown as BrowserWindow;
    const { host, showOpenDialog } = setup({ window: win, dialogResult: chose('/a.pdf', '/b.pdf') });
    await expect(host.pickFiles({ title: 'Attach', multiple: true })).resolves.toEqual(['/a.pdf', '/b.pdf']);
    expect(showOpenDialog).toHaveBeenLastCalledWith(win, { title: 'Attach', properties: ['openFile', 'multiSelections'] });
    await host.pickFiles({ title: 'Attach', multiple: false });
    expect(showOpenDialog).toHaveBeenLastCalledWith(win, { title: 'Attach', properties: ['openFile'] });
  });

  it('asks without a parent window when there is none', async () => {
    const { host, showOpenDialog } = setup({ dialogResult: chose('/a.pdf') });
    await expect(host.pickFiles({ title: 'Attach', multiple: false })).resolves.toEqual(['/a.pdf']);
    expect(showOpenDialog).toHaveBeenCalledExactlyOnceWith({ title: 'Attach', properties: ['openFile'] });
  });

  it('returns an empty list when the user cancels', async () => {
    await expect(setup().host.pickFiles({ title: 'Attach', multiple: true })).resolves.toEqual([]);
    const canceledWithStalePath = { canceled: true, filePaths: ['/stale'] };
    await expect(setup({ dialogResult: canceledWithStalePath }).host.pickFiles({ title: 'Attach', multiple: true })).resolves.toEqual([]);
  });
});
