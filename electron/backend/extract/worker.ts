// The entry of an extraction worker thread (built as out/main/extract-worker.js). It
// reads one file at a time for the pool in pool.ts and replies with the result.
import { parentPort } from 'node:worker_threads';
import { extractTextDetailed } from './extract-text';
import type { JobMessage, JobReply } from './types';

if (!parentPort) throw new Error('extract-worker runs only as a worker thread');
const port = parentPort;

// Tests need a job that never ends and one that kills its thread, to prove the pool
// recovers; only a worker started with this variable has them.
const testHooks = process.env.CO_EXTRACT_TEST_HOOKS === '1';

port.on('message', (job: JobMessage) => {
  if (testHooks && job.mimeType === 'application/x-test-hang') {
    // Busy, not merely waiting: only terminating the thread can end this.
    for (;;) Math.random();
  }
  if (testHooks && job.mimeType === 'application/x-test-crash') {
    setImmediate(() => {
      throw new Error('test crash');
    });
    return;
  }
  void extractTextDetailed(job.filePath, job.mimeType, job.maxTextChars).then(({ result, detail }) => {
    const reply: JobReply = { id: job.id, result, detail };
    port.postMessage(reply);
  });
});

// Imports are done: tell the pool, which starts a job's clock only from here.
port.postMessage({ ready: true });
