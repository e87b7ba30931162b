// documents.import_vs_cp: importing 1,000 generated files (~200 MB, mixed sizes) into an
// empty library, divided by `cp -r` of the same files on the same disk in the same run
// (text extraction excluded: it runs after). documents.search_p95_ms: 200 varied queries
// over 2,000 documents with ~5 KB of text each. documents.extract_per_s: 2-page PDFs read per second.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Library } from '../../electron/backend/documents/library';
import { createExtractor, type Extractor } from '../../electron/backend/extract';
import { setLogSink } from '../../electron/backend/log';
import type { Host } from '../../electron/backend/native-host';
import { measureSearch } from '../../electron/backend/search/measure';

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** Sizes from 20 KB to 600 KB, ~200 KB on average, as a real folder of documents has. */
function generateFiles(dir: string, count: number): number {
  fs.mkdirSync(dir, { recursive: true });
  let total = 0;
  for (let i = 0; i < count; i++) {
    const size = [20, 60, 120, 200, 300, 500][i % 6] * 1024;
    fs.writeFileSync(path.join(dir, `document-${String(i).padStart(4, '0')}.bin`), randomBytes(size));
    total += size;
  }
  return total;
}

const idleExtractor: Extractor = { extract: async () => ({ status: 'unsupported', text: '' }), close: async () => undefined };
const quietHost = { trash: async () => undefined } as unknown as Host;

async function importOnce(src: string, root: string): Promise<number> {
  const library = await Library.open({ root, extractor: idleExtractor, host: quietHost, limitBytes: () => 1e9, onChange: () => undefined, onProgress: () => undefined });
  const start = performance.now();
  const report = await library.importPaths([src], { batchId: 'bench-import' });
  const elapsed = performance.now() - start;
  if (report.outcomes.some((o) => o.status !== 'added')) throw new Error('not every file was added');
  await library.close();
  return elapsed;
}

function cpOnce(src: string, dest: string): number {
  const start = performance.now();
  const result = spawnSync('cp', ['-r', src, dest]);
  if (result.status !== 0) throw new Error(`cp failed: ${result.stderr}`);
  return performance.now() - start;
}

async function extractRate(dir: string): Promise<number> {
  // A real two-page PDF with a text layer, from the project's own fixtures.
  const pdf = fs.readFileSync(path.resolve('tests/fixtures/documents/text-2-pages.pdf'));
  const files = Array.from({ length: 40 }, (_, i) => {
    const file = path.join(dir, `two-pages-${i}.pdf`);
    fs.writeFileSync(file, pdf);
    return file;
  });
  const workerScript = path.resolve('out/main/extract-worker.js');
  if (!fs.existsSync(workerScript)) throw new Error('Build first (npm run build): the extraction worker is out/main/extract-worker.js');
  const extractor = createExtractor({ workerScript });
  await extractor.extract(files[0], 'application/pdf'); // warm the workers up
  const start = performance.now();
  await Promise.all(files.map((f) => extractor.extract(f, 'application/pdf')));
  const seconds = (performance.now() - start) / 1000;
  await extractor.close();
  return files.length / seconds;
}

/** Runs the three measurements; the import is interleaved with cp, three rounds, best of each. */
export async function run(): Promise<Record<string, number>> {
  setLogSink(() => undefined);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'co-bench-documents-'));
  try {
    const src = path.join(work, 'source');
    const bytes = generateFiles(src, 1000);
    const imports: number[] = [];
    const copies: number[] = [];
    for (let round_ = 0; round_ < 3; round_++) {
      copies.push(cpOnce(src, path.join(work, `copy-${round_}`)));
      imports.push(await importOnce(src, path.join(work, `library-${round_}`)));
      fs.rmSync(path.join(work, `copy-${round_}`), { recursive: true, force: true });
      fs.rmSync(path.join(work, `library-${round_}`), { recursive: true, force: true });
    }
    const importMs = Math.min(...imports);
    const cpMs = Math.min(...copies);
    const search = measureSearch();
    return {
      import_vs_cp: round(importMs / cpMs),
      import_ms: round(importMs, 0),
      cp_ms: round(cpMs, 0),
      import_mb: round(bytes / 1024 / 1024, 0),
      search_p95_ms: round(search.p95),
      search_p50_ms: round(search.p50),
      extract_per_s: round(await extractRate(work), 1),
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
