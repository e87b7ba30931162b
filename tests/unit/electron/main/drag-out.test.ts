import type { IpcMain, IpcMainEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { wireDragOut } from '../../../../electron/main/drag-out';
import type { SenderCheck } from '../../../../electron/main/ipc';

function setup(trusted: boolean) {
  let listener: ((event: IpcMainEvent, request: unknown) => void) | undefined;
  const ipcMain = { on: vi.fn((_channel: string, fn: typeof listener) => (listener = fn)) };
  const resolve = vi.fn(async (documentId: string) => (documentId === 'doc1234567' ? { absolutePath: '/library/Resumes/cv.pdf', mimeType: 'application/pdf', name: 'cv.pdf' } : null));
  const startDrag = vi.fn();
  wireDragOut(ipcMain as unknown as Pick<IpcMain, 'on'>, (() => trusted) as SenderCheck, resolve, '/icon.png');
  const send = async (request: unknown) => {
    listener!({ sender: { startDrag, isDestroyed: () => false } } as unknown as IpcMainEvent, request);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { ipcMain, resolve, startDrag, send };
}

describe('dragging a document out of the app', () => {
  it('starts the OS drag with the file main looked up by id', async () => {
    const { ipcMain, startDrag, send } = setup(true);
    expect(ipcMain.on).toHaveBeenCalledWith('co:start-drag', expect.any(Function));
    await send({ documentId: 'doc1234567', versionId: 'ver1234567' });
    expect(startDrag).toHaveBeenCalledWith({ file: '/library/Resumes/cv.pdf', icon: '/icon.png' });
  });

  it('ignores foreign senders, malformed requests, paths posing as ids, and unknown documents', async () => {
    const foreign = setup(false);
    await foreign.send({ documentId: 'doc1234567', versionId: 'ver1234567' });
    expect(foreign.resolve).not.toHaveBeenCalled();
    const ours = setup(true);
    for (const bad of [null, 'x', { documentId: '../../etc/passwd', versionId: 'ver1234567' }, { documentId: 'doc1234567' }, { documentId: 1, versionId: 2 }]) {
      await ours.send(bad);
    }
    expect(ours.resolve).not.toHaveBeenCalled();
    await ours.send({ documentId: 'unknown123', versionId: 'ver1234567' });
    expect(ours.startDrag).not.toHaveBeenCalled();
  });
});
