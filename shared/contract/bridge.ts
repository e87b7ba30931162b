import type { OutgoingEnvelope, PushEnvelope, RequestEnvelope } from './envelope';

/** IPC channel names, shared by main and preload. */
export const IPC_CALL = 'co:call';
export const IPC_PUSH = 'co:push';

/** The whole surface the desktop preload gives the page: send a request, hear push events. */
export interface DesktopBridge {
  call(envelope: RequestEnvelope): Promise<OutgoingEnvelope>;
  onPush(listener: (envelope: PushEnvelope) => void): () => void;
}
