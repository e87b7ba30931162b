// Builds the extraction worker the way electron-vite does for the app (a separate ESM
// entry with dependencies left external), so pool tests run the real worker code.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

export interface BuiltWorker {
  /** The worker entry, as out/main/extract-worker.js would be. */
  workerScript: string;
  /** extract-text.ts built as a plain module, for loading in a child process. */
  extractModule: string;
  cleanup(): void;
}

/** Bundles worker.ts (and extract-text.ts) into a temp folder inside node_modules/.tmp. */
export async function buildWorker(): Promise<BuiltWorker> {
  // Inside the project, so the bundle resolves pdfjs-dist and friends from node_modules.
  const parent = path.resolve('node_modules/.tmp');
  fs.mkdirSync(parent, { recursive: true });
  const dir = fs.mkdtempSync(path.join(parent, 'extract-worker-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: process.cwd(),
    build: {
      ssr: true,
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      target: 'node20',
      rollupOptions: {
        input: {
          'extract-worker': path.resolve('electron/backend/extract/worker.ts'),
          'extract-text': path.resolve('electron/backend/extract/extract-text.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  });
  return {
    workerScript: path.join(dir, 'extract-worker.js'),
    extractModule: path.join(dir, 'extract-text.js'),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
