import type { IpcRenderer, IpcRendererEvent, WebUtils } from 'electron';
// Imported file by file, not from the contract's index: a sandboxed preload must not pull in zod.
import { IPC_CALL, IPC_PUSH, IPC_START_DRAG, type DesktopBridge } from '../../shared/contract/bridge';
import type { OutgoingEnvelope, PushEnvelope } from '../../shared/contract/envelope';

/** Builds the bridge over ipcRenderer; the page never sees ipcRenderer itself. */
export function createBridge(
  ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener' | 'send'>,
  webUtils: Pick<WebUtils, 'getPathForFile'>,
): DesktopBridge {
  return {
    call: (envelope) => ipc.invoke(IPC_CALL, envelope) as Promise<OutgoingEnvelope>,
    onPush(listener) {
      const relay = (_event: IpcRendererEvent, envelope: PushEnvelope) => listener(envelope);
      ipc.on(IPC_PUSH, relay);
      return () => ipc.removeListener(IPC_PUSH, relay);
    },
    pathForFile: (file) => webUtils.getPathForFile(file),
    // Only ids cross: main looks the file up itself and checks the sender.
    startDrag: (documentId, versionId) => ipc.send(IPC_START_DRAG, { documentId: String(documentId), versionId: String(versionId) }),
  };
}
