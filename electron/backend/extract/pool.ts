import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { logInfo } from '../log';
import { DEFAULT_MAX_TEXT_CHARS, REASONS, type ExtractResult, type JobMessage, type JobReply } from './types';

/** Reads files' text in worker threads; see createExtractor. */
export interface Extractor {
  extract(filePath: string, mimeType: string): Promise<ExtractResult>;
  close(): Promise<void>;
}

/** Pool size (default min(2, cpus − 1), at least 1), time limit per file (30 s), text cap, worker entry. */
export interface ExtractorOptions {
  size?: number;
  timeoutMs?: number;
  maxTextChars?: number;
  /** The built worker entry; by default extract-worker.js beside the bundle that holds this code. */
  workerScript?: string;
}

interface Job extends JobMessage {
  resolve(result: ExtractResult): void;
  reject(err: Error): void;
}
interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
}

// An idle worker gives its memory back after this long; starting one again costs ~0.1 s.
const IDLE_MS = 60_000;
// A hostile or broken file must not take the whole app's memory with it: past this the
// worker dies alone and the job fails.
const WORKER_HEAP_MB = 1024;

const CLOSED = 'ExtractorClosedError';
const closedError = (message: string) => Object.assign(new Error(message), { name: CLOSED });

/** Whether a rejection came from close(): such a file was not read, so leave it pending rather than failed. */
export function isExtractorClosed(err: unknown): boolean {
  return err instanceof Error && err.name === CLOSED;
}

/** The worker script electron-vite builds next to the main bundle (this code may sit in out/main or out/main/chunks). */
export function defaultWorkerScript(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, 'extract-worker.js'), path.join(here, '..', 'extract-worker.js')];
  return candidates.find((file) => existsSync(file)) ?? candidates[0];
}

/** Starts a pool of worker threads that run extractText, with a time limit per file. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const size = Math.max(1, options.size ?? Math.min(2, os.availableParallelism() - 1));
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxTextChars = options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  const script = options.workerScript ?? defaultWorkerScript();
  if (!existsSync(script)) throw new Error(`Text extraction worker not found at ${script} (build it, or pass workerScript)`);

  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let nextId = 1;
  let closed = false;

  // Workers start on demand, so a broken worker script fails each job once instead of
  // respawning in a loop, and an app that never extracts never pays for a thread.
  function spawn(): Slot {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const slot: Slot = { worker };
    worker.on('message', (reply: JobReply | { ready: true }) => {
      if ('ready' in reply) {
        // Its modules are loaded: from here the time limit measures only the file, as
        // starting a thread on a busy machine is not the file's fault.
        if (slot.job) arm(slot, slot.job);
        return;
      }
      if (slot.job?.id !== reply.id) return;
      if (reply.result.status === 'failed') logInfo(`text extraction failed for ${path.basename(slot.job.filePath)}: ${reply.detail ?? ''}`);
      finish(slot, reply.result);
    });
    worker.on('error', (err) => lose(slot, `error: ${err.message}`));
    worker.on('exit', (code) => lose(slot, `exited with code ${code}`));
    slots.add(slot);
    return slot;
  }

  /** Drops a worker that died or was stopped; its job, if any, fails. */
  function lose(slot: Slot, why: string): void {
    if (!slots.delete(slot)) return;
    clearTimeout(slot.timer);
    if (slot.job) {
      logInfo(`text extraction worker ${why} on ${path.basename(slot.job.filePath)}`);
      settle(slot, { status: 'failed', text: '', reason: REASONS.crashed });
    }
    pump();
  }

  function settle(slot: Slot, result: ExtractResult): void {
    const job = slot.job;
    slot.job = undefined;
    clearTimeout(slot.timer);
    job?.resolve(result);
  }

  function finish(slot: Slot, result: ExtractResult): void {
    settle(slot, result);
    slot.worker.unref(); // idle: must not keep the process alive
    slot.timer = setTimeout(() => retire(slot), IDLE_MS).unref();
    pump();
  }

  /** (Re)starts the time limit of the job a worker is on. */
  function arm(slot: Slot, job: Job): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      // Terminating is the only way to stop a thread stuck inside a parser.
      logInfo(`text extraction timed out after ${timeoutMs} ms on ${path.basename(job.filePath)}`);
      slots.delete(slot);
      settle(slot, { status: 'failed', text: '', reason: REASONS.timeout });
      void slot.worker.terminate();
      pump();
    }, timeoutMs);
  }

  function retire(slot: Slot): void {
    if (slot.job || !slots.delete(slot)) return;
    void slot.worker.terminate();
  }

  function pump(): void {
    while (queue.length > 0 && !closed) {
      let slot = [...slots].find((s) => !s.job);
      if (!slot && slots.size < size) {
        try {
          slot = spawn();
        } catch (err) {
          // A thread that cannot even start (out of memory, say) fails this job, not the caller.
          logInfo(`text extraction worker could not start: ${(err as Error).message}`);
          queue.shift()!.resolve({ status: 'failed', text: '', reason: REASONS.crashed });
          continue;
        }
      }
      if (!slot) return;
      const job = queue.shift()!;
      clearTimeout(slot.timer);
      slot.job = job;
      slot.worker.ref();
      // Armed now too, so a thread that never gets ready cannot hold a job forever.
      arm(slot, job);
      const message: JobMessage = { id: job.id, filePath: job.filePath, mimeType: job.mimeType, maxTextChars };
      slot.worker.postMessage(message);
    }
  }

  return {
    extract(filePath, mimeType) {
      if (closed) return Promise.reject(closedError('The text extractor is closed'));
      return new Promise<ExtractResult>((resolve, reject) => {
        queue.push({ id: nextId++, filePath, mimeType, maxTextChars, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      // Jobs cut short reject (rather than "failed") so callers can retry them next time.
      const cut = closedError('The text extractor was closed before this file was read');
      for (const job of queue.splice(0)) job.reject(cut);
      const all = [...slots];
      slots.clear();
      for (const slot of all) {
        clearTimeout(slot.timer);
        slot.job?.reject(cut);
        slot.job = undefined;
      }
      await Promise.all(all.map((slot) => slot.worker.terminate()));
    },
  };
}
