import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/** In `npm run dev` only, React's hot-reload preamble is an inline script: allow it there, never in builds. */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws:"),
  };
}

// One build for everything: the desktop main process, the browser-mode host (web.js,
// plain Node, shares the backend chunks), the text-extraction worker, the CommonJS
// preload the sandbox needs, and the renderer. Runtime dependencies stay external.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          web: resolve('electron/backend/host/cli.ts'),
          // Text extraction runs in worker threads; the worker needs an entry file of its own.
          'extract-worker': resolve('electron/backend/extract/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': bundle everything else into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    build: {
      rollupOptions: { input: resolve('renderer/index.html') },
    },
    plugins: [react(), relaxCspForDevServer()],
  },
});
