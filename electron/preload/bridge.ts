import type { IpcRenderer, IpcRendererEvent } from 'electron';
// Imported file by file, not from the contract's index: a sandboxed preload must not pull in zod.
import { IPC_CALL, IPC_PUSH, type DesktopBridge } from '../../shared/contract/bridge';
import type { OutgoingEnvelope, PushEnvelope } from '../../shared/contract/envelope';

/** Builds the bridge over ipcRenderer; the page never sees ipcRenderer itself. */
export function createBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): DesktopBridge {
  return {
    call: (envelope) => ipc.invoke(IPC_CALL, envelope) as Promise<OutgoingEnvelope>,
    onPush(listener) {
      const relay = (_event: IpcRendererEvent, envelope: PushEnvelope) => listener(envelope);
      ipc.on(IPC_PUSH, relay);
      return () => ipc.removeListener(IPC_PUSH, relay);
    },
  };
}
