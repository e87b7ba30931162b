import { ICS_MAX_BYTES, fileError, formatMegabytes, type IcsParseResult } from '../../../../../shared/domain/schedule';
import { readIcsBytes, type IcsWorkerReply, type IcsWorkerRequest } from './ics-worker';

/** A read in progress: its answer, and a way to stop it (the worker is ended). */
export interface IcsRead {
  done: Promise<IcsParseResult>;
  cancel(): void;
}

/** Thrown when a read was cancelled. */
export class ReadCancelled extends Error {
  override name = 'ReadCancelled';
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./ics-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/**
 * Reads a .ics file in a worker (in the page only where there are no workers). A file over
 * the size limit is refused before its bytes are read. Rejects with the reason when the file
 * can't be read at all, or with ReadCancelled.
 */
export function readIcsFile(file: File, options: Omit<IcsWorkerRequest, 'bytes'>): IcsRead {
  let stop: () => void = () => undefined;
  const done = new Promise<IcsParseResult>((resolve, reject) => {
    let cancelled = false;
    stop = () => {
      cancelled = true;
      reject(new ReadCancelled('The import was cancelled.'));
    };
    if (file.size > ICS_MAX_BYTES) {
      const error = fileError('too-large', { size: formatMegabytes(file.size), limit: formatMegabytes(ICS_MAX_BYTES) });
      resolve({ events: [], skipped: [], warnings: [], calendarName: null, error });
      return;
    }
    const finish = (reply: IcsWorkerReply) => {
      if (cancelled) return;
      if ('result' in reply) resolve(reply.result);
      else reject(new Error(reply.failure));
    };
    void file.arrayBuffer().then((buffer) => {
      if (cancelled) return;
      const bytes = new Uint8Array(buffer);
      const worker = startWorker();
      if (!worker) return finish(readIcsBytes({ ...options, bytes }));
      stop = () => {
        worker.terminate();
        cancelled = true;
        reject(new ReadCancelled('The import was cancelled.'));
      };
      worker.onmessage = (event: MessageEvent<IcsWorkerReply>) => {
        worker.terminate();
        finish(event.data);
      };
      worker.onerror = (event) => {
        worker.terminate();
        // A worker that can't start (a strict page policy) still imports, on the page.
        event.preventDefault();
        finish(readIcsBytes({ ...options, bytes }));
      };
      // Copied, not transferred: the page keeps the bytes in case the worker fails to start.
      worker.postMessage({ ...options, bytes } satisfies IcsWorkerRequest);
    }, reject);
  });
  return { done, cancel: () => stop() };
}
