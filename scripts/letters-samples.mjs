#!/usr/bin/env node
// `npm run letters:samples -- --out DIR [--paper a4] [--lang en|es]`: writes every letter
// type, filled with sample details (José Müller-Nguyễn, Zoë Ελένη, 李小龙), as DOCX and PDF
// into DIR. Bundles the backend's TypeScript with Vite first (as bench/run.mjs does), so it
// runs from a clean clone with no build step.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { out: { type: 'string' }, paper: { type: 'string', default: 'letter' }, lang: { type: 'string', multiple: true } },
});
if (!values.out) {
  console.error('Usage: npm run letters:samples -- --out DIR [--paper letter|a4] [--lang en --lang es]');
  process.exit(2);
}
if (!['letter', 'a4'].includes(values.paper)) {
  console.error(`--paper must be "letter" or "a4", not "${values.paper}".`);
  process.exit(2);
}
const languages = values.lang ?? ['en', 'es'];
if (languages.some((l) => !['en', 'es'].includes(l))) {
  console.error('--lang must be "en" or "es".');
  process.exit(2);
}

// Under node_modules/.cache so the bundle's package imports (docx, pdf-lib) resolve; one
// folder per run, so two runs at once (a test and a person) never overwrite each other.
const outDir = path.join(root, 'node_modules', '.cache', 'letters-samples', String(process.pid));
await build({
  configFile: false,
  logLevel: 'error',
  build: {
    ssr: path.join(root, 'electron', 'backend', 'letters', 'write-samples.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
  },
  ssr: { noExternal: [] },
});
// The bundle looks for resources/fonts upwards from its own folder, which finds the repo's.
const { writeSamples } = await import(pathToFileURL(path.join(outDir, 'write-samples.mjs')).href);
const target = path.resolve(values.out);
try {
  const written = await writeSamples(target, { languages, paper: values.paper });
  console.log(`Wrote ${written.length * 2} files (${written.length} letters as DOCX and PDF) to ${target}`);
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
