// Reads a .ics file away from the page: parsing 10,000 events takes over a second on a slow
// laptop, long enough to freeze scrolling and typing if it ran on the page's thread.
import { decodeIcsBytes, parseIcs, type IcsParseResult } from '../../../../../shared/domain/schedule';

export interface IcsWorkerRequest {
  bytes: Uint8Array;
  defaultZone: string;
  untitled: string;
}

export type IcsWorkerReply = { result: IcsParseResult } | { failure: string };

/** Decodes and parses; every problem the file has is in the result, only a crash is a failure. */
export function readIcsBytes({ bytes, defaultZone, untitled }: IcsWorkerRequest): IcsWorkerReply {
  try {
    const { text } = decodeIcsBytes(bytes);
    return { result: parseIcs(text, { defaultZone, untitled }) };
  } catch (err) {
    return { failure: err instanceof Error ? err.message : String(err) };
  }
}

// Only when loaded as a worker (the page imports readIcsBytes from here for browsers without workers).
const scope = globalThis as unknown as { WorkerGlobalScope?: unknown; onmessage: unknown; postMessage(reply: IcsWorkerReply): void };
if (typeof scope.WorkerGlobalScope !== 'undefined') {
  scope.onmessage = (event: MessageEvent<IcsWorkerRequest>) => scope.postMessage(readIcsBytes(event.data));
}
