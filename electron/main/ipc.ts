import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Backend } from '../backend';
import type { ReplyEnvelope } from '../../shared/contract';
import { IPC_CALL, IPC_PUSH } from '../../shared/contract';
import { APP_ORIGIN } from './protocol';

/** Decides whether an IPC message really comes from one of our own windows' top frames. */
export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>) => boolean;

/** Trusts a sender when it is a window we created and its frame shows our own app:// page. */
export function trustOwnWindows(ownContents: () => Iterable<Pick<WebContents, 'id'>>, devServerOrigin?: string): SenderCheck {
  return (event) => {
    const isOurs = [...ownContents()].some((c) => c.id === event.sender.id);
    if (!isOurs || !event.senderFrame || event.senderFrame.parent !== null) return false;
    const origin = safeOrigin(event.senderFrame.url);
    if (origin === null || origin === 'null') return false; // data:, about:blank, file: pages are never ours
    return origin === APP_ORIGIN || (devServerOrigin !== undefined && origin === devServerOrigin);
  };
}

const REFUSED: ReplyEnvelope = {
  type: 'error',
  id: null,
  error: { code: 'bad-envelope', message: 'This request did not come from Career Organizer and was ignored.' },
};

/** Connects the contract to IPC: checked calls in, push events out to every window. */
export function wireIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  backend: Pick<Backend, 'dispatch' | 'onPush'>,
  isTrusted: SenderCheck,
  windows: () => Iterable<Pick<WebContents, 'send' | 'isDestroyed'>>,
): () => void {
  ipcMain.handle(IPC_CALL, async (event, raw: unknown) => (isTrusted(event) ? backend.dispatch(raw) : REFUSED));
  return backend.onPush((envelope) => {
    for (const contents of windows()) {
      if (!contents.isDestroyed()) contents.send(IPC_PUSH, envelope);
    }
  });
}

function safeOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'app:' ? `app://${parsed.host}` : parsed.origin;
  } catch {
    return null;
  }
}
