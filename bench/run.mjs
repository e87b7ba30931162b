// `npm run bench [-- suite ...]`: runs benchmark suites and prints `name=value` lines.
// Figures are ratios against a baseline measured in the same run (these machines are
// noisy; an absolute time means little), with the raw milliseconds alongside.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fs from 'node:fs';

const here = path.dirname(fileURLToPath(import.meta.url));
const available = fs
  .readdirSync(path.join(here, 'suites'))
  .filter((f) => f.endsWith('.mjs'))
  .map((f) => f.replace(/\.mjs$/, ''));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length) {
  console.error(`Unknown suite: ${unknown.join(', ')}. Suites: ${available.join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : available) {
  const suite = await import(pathToFileURL(path.join(here, 'suites', `${name}.mjs`)).href);
  const figures = await suite.run();
  for (const [key, value] of Object.entries(figures)) console.log(`${name}.${key}=${value}`);
}
