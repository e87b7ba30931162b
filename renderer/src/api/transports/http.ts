import type { ImportOutcome, OutgoingEnvelope, PushEnvelope, UploadResult } from '../../../../shared/contract';
import type { Transport } from '../transport';

const OFFLINE_MESSAGE =
  'Career Organizer is not answering. If you closed the terminal that started it, start it again with "npm run web".';

/** The browser-mode transport: POST /api/call, one Server-Sent-Events stream for pushes, POST /api/upload for files. */
export function httpTransport(baseUrl = ''): Transport {
  const listeners = new Set<(envelope: PushEnvelope) => void>();
  let source: EventSource | null = null;

  const ensureStream = () => {
    if (source) return;
    source = new EventSource(`${baseUrl}/api/events`);
    source.onmessage = (message) => {
      const envelope = JSON.parse(message.data as string) as PushEnvelope;
      for (const listener of listeners) listener(envelope);
    };
  };

  return {
    async call(envelope) {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/api/call`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(envelope),
          credentials: 'same-origin',
        });
      } catch {
        return { type: 'error', id: envelope.id, error: { code: 'internal', message: OFFLINE_MESSAGE } };
      }
      if (!response.ok) {
        const message = response.status === 401 ? await response.text() : OFFLINE_MESSAGE;
        return { type: 'error', id: envelope.id, error: { code: 'internal', message } };
      }
      return (await response.json()) as OutgoingEnvelope;
    },
    onPush(listener) {
      listeners.add(listener);
      ensureStream();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
    async importFiles(files, options) {
      const outcomes: ImportOutcome[] = [];
      for (const [index, picked] of files.entries()) {
        const query = new URLSearchParams({ batchId: options.batchId, name: picked.name, index: String(index), total: String(files.length) });
        if (options.kind) query.set('kind', options.kind);
        if (options.versionOf) query.set('versionOf', options.versionOf);
        let result: UploadResult;
        try {
          const response = await fetch(`${baseUrl}/api/upload?${query}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/octet-stream' },
            body: picked.file,
            credentials: 'same-origin',
          });
          if (!response.ok) throw new Error(await response.text());
          result = (await response.json()) as UploadResult;
        } catch (err) {
          const reason = err instanceof Error && err.message ? err.message : OFFLINE_MESSAGE;
          result = { outcome: { status: 'skipped', name: picked.name, reason }, cancelled: false };
        }
        outcomes.push(result.outcome);
        if (result.cancelled) return { batchId: options.batchId, outcomes, cancelled: true };
      }
      return { batchId: options.batchId, outcomes, cancelled: false };
    },
  };
}
