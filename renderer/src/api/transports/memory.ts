import type { OutgoingEnvelope, PushEnvelope, RequestEnvelope, UploadMeta, UploadResult } from '../../../../shared/contract';
import type { Transport } from '../transport';

/** What the memory transport needs from a backend running in the same process (unit tests). */
export interface InProcessBackend {
  dispatch(raw: unknown): Promise<OutgoingEnvelope>;
  onPush(listener: (envelope: PushEnvelope) => void): () => void;
  importBytes(bytes: Uint8Array, meta: UploadMeta): Promise<UploadResult>;
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
    async importFiles(files, options) {
      const outcomes = [];
      for (const [index, picked] of files.entries()) {
        const bytes = new Uint8Array(await picked.file.arrayBuffer());
        const result = await backend.importBytes(bytes, { ...options, name: picked.name, index, total: files.length });
        outcomes.push(overTheWire(result.outcome));
        if (result.cancelled) return { batchId: options.batchId, outcomes, cancelled: true };
      }
      return { batchId: options.batchId, outcomes, cancelled: false };
    },
  };
}
