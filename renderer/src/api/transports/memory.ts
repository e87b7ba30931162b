import type { OutgoingEnvelope, PushEnvelope, RequestEnvelope } from '../../../../shared/contract';
import type { Transport } from '../transport';

/** What the memory transport needs from a backend running in the same process (unit tests). */
export interface InProcessBackend {
  dispatch(raw: unknown): Promise<OutgoingEnvelope>;
  onPush(listener: (envelope: PushEnvelope) => void): () => void;
}

/**
 * Direct calls into a backend in the same process. Envelopes are copied through JSON,
 * as every real transport does, so a test cannot pass something no wire could carry.
 */
export function memoryTransport(backend: InProcessBackend): Transport {
  const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    call: async (envelope: RequestEnvelope) => overTheWire(await backend.dispatch(overTheWire(envelope))),
    onPush: (listener) => backend.onPush((envelope) => listener(overTheWire(envelope))),
  };
}
