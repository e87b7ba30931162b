#!/usr/bin/env node
// Packs the app the way `npm run dist` would, but offline, and checks what lands in
// app.asar: the build output and runtime dependencies, and none of our sources, tests
// or pdfjs's native canvas. Run after `electron-vite build` (`npm run pack:check`).
//
// Real installers need downloads, and so does the Electron binary. An unpacked Linux
// build (`--linux --dir`) only copies an Electron distribution, so a stand-in folder
// with the files electron-builder looks for is enough to produce a real app.asar.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const asar = require('@electron/asar');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function fail(message) {
  console.error(`pack-check: FAILED: ${message}`);
  process.exitCode = 1;
}

for (const f of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
  if (!existsSync(join(root, f))) {
    console.error(`pack-check: ${f} is missing; run \`npx electron-vite build\` first (or \`npm run pack:check\`).`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'career-organizer-pack-'));
try {
  // Stand-in Electron distribution: what electron-builder checks for, nothing more.
  const dist = join(work, 'electron-dist');
  mkdirSync(join(dist, 'resources'), { recursive: true });
  writeFileSync(join(dist, 'electron'), '#!/bin/sh\necho "stand-in Electron for pack-check" >&2\nexit 1\n');
  chmodSync(join(dist, 'electron'), 0o755);
  writeFileSync(join(dist, 'version'), require('electron/package.json').version);
  writeFileSync(join(dist, 'LICENSE'), 'stand-in\n');
  writeFileSync(join(dist, 'LICENSES.chromium.html'), '<p>stand-in</p>\n');

  const output = join(work, 'release');
  const cli = require.resolve('electron-builder/cli.js');
  const args = [cli, '--config', 'electron-builder.yml', '--linux', '--dir', `-c.electronDist=${dist}`, `-c.directories.output=${output}`];
  const started = Date.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    throw new Error(`electron-builder exited with ${r.status ?? r.signal}`);
  }

  const unpacked = readdirSync(output).find((d) => d.startsWith('linux') && d.endsWith('unpacked'));
  const archive = unpacked && join(output, unpacked, 'resources', 'app.asar');
  if (!archive || !existsSync(archive)) throw new Error(`no app.asar under ${output}`);

  // Walk the asar header: folders have `files`, everything else is a file.
  const files = [];
  (function walk(node, prefix) {
    for (const [name, child] of Object.entries(node.files)) {
      const path = prefix ? `${prefix}/${name}` : name;
      if (child.files) walk(child, path);
      else files.push(path);
    }
  })(asar.getRawHeader(archive).header, '');
  const has = new Set(files);

  const required = [
    'package.json',
    'out/main/index.js',
    'out/main/extract-worker.js',
    'out/preload/index.cjs',
    'out/renderer/index.html',
    'resources/fonts/LICENSE-DejaVu.txt',
    // The letters' CJK fallback font and its licence (Apache-2.0 asks for the text to ship).
    'resources/fonts/DroidSansFallbackFull.ttf',
    'resources/fonts/LICENSE-DroidSansFallback.txt',
  ];
  // electron-builder packs every runtime dependency; main loads conf/electron-store/zod.
  for (const dep of Object.keys(pkg.dependencies ?? {})) required.push(`node_modules/${dep}/package.json`);
  for (const f of required) if (!has.has(f)) fail(`app.asar lacks ${f}`);

  const forbidden = [
    [/^(electron|renderer|shared|tests|scripts|bench|build|src)\//, 'project sources, tests or tooling'],
    [/\.(ts|tsx|mts|cts)$/, 'TypeScript sources'],
    [/^out\/.*\.map$/, 'source maps'],
    [/@napi-rs\/canvas/, '@napi-rs/canvas (pdfjs-dist optional native binding)'],
    [/^node_modules\/(electron|electron-builder|vite|vitest|typescript)\//, 'devDependencies'],
  ];
  for (const [pattern, what] of forbidden) {
    const hits = files.filter((f) => pattern.test(f));
    if (hits.length) fail(`app.asar contains ${what}: ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ` (+${hits.length - 5} more)` : ''}`);
  }

  const mb = (statSync(archive).size / 1024 / 1024).toFixed(1);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`pack-check: app.asar has ${files.length} files, ${mb} MB (packed in ${seconds} s)`);
  if (!process.exitCode) console.log('pack-check: OK');
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  rmSync(work, { recursive: true, force: true });
}
