import type { IpcMain, IpcMainEvent, NativeImage } from 'electron';
import { IPC_START_DRAG } from '../../shared/contract';
import { logError } from '../backend/log';
import type { SenderCheck } from './ipc';
import type { DocumentFileResolver } from './protocol';

const ID = /^[A-Za-z0-9_-]{6,64}$/;

/**
 * Lets the page drag a document out of the app (into an email, a browser upload form):
 * the page names the document by id; main checks the sender, finds the file itself, and
 * starts the OS drag. No path from the page is ever used.
 */
export function wireDragOut(
  ipcMain: Pick<IpcMain, 'on'>,
  isTrusted: SenderCheck,
  resolveDocument: DocumentFileResolver,
  icon: string | NativeImage,
): void {
  ipcMain.on(IPC_START_DRAG, (event: IpcMainEvent, request: unknown) => {
    if (!isTrusted(event)) return;
    const { documentId, versionId } = (request ?? {}) as { documentId?: unknown; versionId?: unknown };
    if (typeof documentId !== 'string' || typeof versionId !== 'string' || !ID.test(documentId) || !ID.test(versionId)) return;
    resolveDocument(documentId, versionId)
      .then((file) => {
        if (file && !event.sender.isDestroyed()) event.sender.startDrag({ file: file.absolutePath, icon });
      })
      .catch((err: unknown) => logError('starting a drag out of the app', err));
  });
}
