// The worker pool, running the real worker bundle (built as electron-vite would).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, extractText, isExtractorClosed, type Extractor } from '../../../../../electron/backend/extract';
import { setLogSink } from '../../../../../electron/backend/log';
import { buildWorker, type BuiltWorker } from './build-worker';

const DIR = path.resolve('tests/fixtures/documents');
const PDF = path.join(DIR, 'text-2-pages.pdf');
let built: BuiltWorker;

beforeAll(async () => {
  setLogSink(() => undefined);
  process.env.CO_EXTRACT_TEST_HOOKS = '1'; // copied into each worker as it starts
  built = await buildWorker();
});
afterAll(() => {
  delete process.env.CO_EXTRACT_TEST_HOOKS;
  built?.cleanup();
});

async function withExtractor<T>(options: Parameters<typeof createExtractor>[0], run: (e: Extractor) => Promise<T>): Promise<T> {
  const extractor = createExtractor({ workerScript: built.workerScript, ...options });
  try {
    return await run(extractor);
  } finally {
    await extractor.close();
  }
}

describe('createExtractor', () => {
  it('runs parallel jobs to the same results as extractText', async () => {
    const jobs: [string, string][] = [
      ['text-2-pages.pdf', 'application/pdf'],
      ['encrypted.pdf', 'application/pdf'],
      ['image-only.pdf', 'application/pdf'],
      ['corrupt.pdf', 'application/pdf'],
      ['sample.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['sample.rtf', 'application/rtf'],
      ['windows-1252.txt', 'text/plain'],
      ['utf8-bom.md', 'text/markdown'],
      ['utf8.txt', 'image/png'],
    ];
    await withExtractor({ size: 2 }, async (extractor) => {
      const results = await Promise.all(jobs.map(([name, type]) => extractor.extract(path.join(DIR, name), type)));
      const expected = await Promise.all(jobs.map(([name, type]) => extractText(path.join(DIR, name), type)));
      expect(results).toEqual(expected);
      expect(results.map((r) => r.status)).toEqual(['has-text', 'encrypted', 'no-text-layer', 'failed', 'has-text', 'has-text', 'has-text', 'has-text', 'unsupported']);
    });
  });

  it('finishes jobs first in, first out', async () => {
    await withExtractor({ size: 1 }, async (extractor) => {
      const order: number[] = [];
      await Promise.all([0, 1, 2, 3].map((n) => extractor.extract(PDF, 'application/pdf').then(() => order.push(n))));
      expect(order).toEqual([0, 1, 2, 3]);
    });
  });

  it('fails a job that hangs, replaces its worker, and the next job still works', async () => {
    await withExtractor({ size: 1, timeoutMs: 1000 }, async (extractor) => {
      const hung = extractor.extract(PDF, 'application/x-test-hang');
      const next = extractor.extract(path.join(DIR, 'utf8-bom.md'), 'text/markdown');
      expect(await hung).toEqual({ status: 'failed', text: '', reason: expect.stringContaining('took too long') });
      expect((await next).status).toBe('has-text');
    });
  });

  it('fails a job whose worker crashes, and the next job still works', async () => {
    await withExtractor({ size: 1 }, async (extractor) => {
      const crashed = extractor.extract(PDF, 'application/x-test-crash');
      const next = extractor.extract(PDF, 'application/pdf');
      expect(await crashed).toEqual({ status: 'failed', text: '', reason: expect.stringContaining('stopped unexpectedly') });
      expect((await next).status).toBe('has-text');
    });
  });

  it('close() stops busy workers and rejects unfinished jobs', async () => {
    const extractor = createExtractor({ workerScript: built.workerScript, size: 1, timeoutMs: 60_000 });
    const busy = extractor.extract(PDF, 'application/x-test-hang');
    const queued = extractor.extract(PDF, 'application/pdf');
    const outcomes = Promise.allSettled([busy, queued]);
    await new Promise((resolve) => setTimeout(resolve, 200)); // let the worker start looping
    const started = performance.now();
    await extractor.close(); // resolves only once the looping thread is terminated
    expect(performance.now() - started).toBeLessThan(5000);
    for (const outcome of await outcomes) {
      expect(outcome.status).toBe('rejected');
      expect(isExtractorClosed((outcome as PromiseRejectedResult).reason)).toBe(true);
    }
    await expect(extractor.extract(PDF, 'application/pdf')).rejects.toThrow(/closed/);
    expect(isExtractorClosed(new Error('other'))).toBe(false);
  });

  it('refuses to start without a worker script', () => {
    expect(() => createExtractor({ workerScript: path.join(DIR, 'no-such-worker.js') })).toThrow(/worker not found/);
  });

  // The rate itself is a benchmark figure (npm run bench -- documents), not a timed test.
  it('reads many PDFs queued at once, with one worker and with two', async () => {
    for (const size of [1, 2]) {
      await withExtractor({ size }, async (extractor) => {
        const results = await Promise.all(Array.from({ length: 20 }, () => extractor.extract(PDF, 'application/pdf')));
        expect(results.every((r) => r.status === 'has-text')).toBe(true);
      });
    }
  }, 60_000);
});

describe('without @napi-rs/canvas (as packaged)', () => {
  it('still reads PDF text, silently', async () => {
    // A child Node whose require() cannot find the canvas package, like the packaged app.
    const hide = path.join(path.dirname(built.workerScript), 'hide-canvas.cjs');
    fs.writeFileSync(
      hide,
      `const Module = require('node:module'); const resolve = Module._resolveFilename; globalThis.canvasRefused = 0;
       Module._resolveFilename = function (request, ...rest) {
         if (request === '@napi-rs/canvas') { globalThis.canvasRefused++; throw Object.assign(new Error('hidden'), { code: 'MODULE_NOT_FOUND' }); }
         return resolve.call(this, request, ...rest);
       };`,
    );
    const script = `const { extractTextDetailed } = await import(${JSON.stringify(built.extractModule)});
      const { result } = await extractTextDetailed(${JSON.stringify(PDF)}, 'application/pdf');
      process.stdout.write(JSON.stringify({ result, canvasRefused: globalThis.canvasRefused }));`;
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['-r', hide, '--input-type=module', '-e', script]);
    expect(stderr).toBe('');
    const { result, canvasRefused } = JSON.parse(stdout);
    expect(canvasRefused).toBeGreaterThan(0);
    expect(result.status).toBe('has-text');
    expect(result.text).toContain('Kubernetes migration');
  });
});
