import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './app';

const BUILT = ['out/main/web.js', 'out/renderer/index.html'];
const SOURCES = ['electron', 'renderer/src', 'shared'];

/** The tests drive the built app: make sure there is one, and say so when it looks older than the code. */
export default function globalSetup(): void {
  const missing = BUILT.filter((file) => !fs.existsSync(path.join(REPO_ROOT, file)));
  if (missing.length > 0) {
    throw new Error(`The app is not built (missing ${missing.join(', ')}). Run "npm run test:e2e", or "npx electron-vite build" first.`);
  }
  const builtAt = Math.min(...BUILT.map((file) => fs.statSync(path.join(REPO_ROOT, file)).mtimeMs));
  const newer = SOURCES.flatMap((dir) => newestFiles(path.join(REPO_ROOT, dir), builtAt)).slice(0, 3);
  if (newer.length > 0) {
    console.warn(`Warning: out/ is older than ${newer.map((f) => path.relative(REPO_ROOT, f)).join(', ')}. Rebuild with "npx electron-vite build".`);
  }
}

function newestFiles(dir: string, than: number): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => fs.statSync(file).mtimeMs > than);
}
