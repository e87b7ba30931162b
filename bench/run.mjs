// `npm run bench [-- suite ...]`: runs benchmark suites and prints `name=value` lines.
// Figures are ratios against a baseline measured in the same run where one exists (these
// machines are noisy; an absolute time means little), with raw milliseconds alongside.
// A suite is bench/suites/<name>.mjs, or <name>.ts, which is bundled with Vite first so it
// can measure the backend's TypeScript modules directly.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const suitesDir = path.join(here, 'suites');
const available = fs
  .readdirSync(suitesDir)
  .filter((f) => /\.(mjs|ts)$/.test(f))
  .map((f) => f.replace(/\.(mjs|ts)$/, ''));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length) {
  console.error(`Unknown suite: ${unknown.join(', ')}. Suites: ${available.join(', ')}`);
  process.exit(2);
}

/** Bundles a TypeScript suite (node target, packages left external) under node_modules/.cache, where its imports resolve. */
async function bundle(name) {
  const outDir = path.join(here, '..', 'node_modules', '.cache', 'bench', name);
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      ssr: path.join(suitesDir, `${name}.ts`),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
    },
    ssr: { noExternal: [] },
  });
  return path.join(outDir, `${name}.mjs`);
}

for (const name of wanted.length ? wanted : available) {
  const file = fs.existsSync(path.join(suitesDir, `${name}.mjs`)) ? path.join(suitesDir, `${name}.mjs`) : await bundle(name);
  const suite = await import(pathToFileURL(file).href);
  const figures = await suite.run();
  for (const [key, value] of Object.entries(figures)) console.log(`${name}.${key}=${value}`);
}
