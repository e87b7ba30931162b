import type { OutgoingEnvelope, PushEnvelope, RequestEnvelope } from '../../../shared/contract';

/** How requests reach the backend: IPC on the desktop, HTTP in browser mode, a direct call in tests. */
export interface Transport {
  call(envelope: RequestEnvelope): Promise<OutgoingEnvelope>;
  /** Hears every push event; returns a function that stops listening. */
  onPush(listener: (envelope: PushEnvelope) => void): () => void;
}
