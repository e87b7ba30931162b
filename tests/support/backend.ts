import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { startBackend, type Backend } from '../../electron/backend';
import { extractText, type Extractor } from '../../electron/backend/extract';
import type { Host } from '../../electron/backend/native-host';
import type { SettingsStoreLike } from '../../electron/backend/settings/store';
import { recordingHost } from './recording-host';

/** Backends started by startTestBackend and not closed yet, with the folder each writes to. */
const running = new Map<Backend, string>();

const isInside = (child: string, parent: string) => {
  const relative = path.relative(parent, child);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
};

/**
 * A fresh folder in the OS temp dir. The returned cleanup first closes every test backend
 * still running inside it (one left open keeps writing settings and indexes, and removing
 * the folder under it fails with ENOTEMPTY), then removes the folder.
 */
export function makeTempDir(prefix = 'co-test-'): { dir: string; cleanup: () => Promise<void> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const cleanup = async () => {
    const inside = [...running].filter(([, dataDir]) => isInside(dataDir, dir)).map(([backend]) => backend);
    await Promise.all(inside.map((backend) => backend.close().catch(() => undefined)));
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  };
  return { dir, cleanup };
}

/** The conf-backed store factory browser mode uses. */
export const confFactory = (options: ConstructorParameters<typeof Conf>[0]) => new Conf(options) as unknown as SettingsStoreLike;

/** The real extraction code, run in this thread: tests need no worker build. */
export const inThreadExtractor: Extractor = { extract: extractText, close: async () => undefined };

/** A real backend on a real temp folder, as browser mode starts it, with a recording host. */
export function startTestBackend(dataDir: string, host: Host = recordingHost(), options: { watchLibrary?: boolean } = {}): Backend {
  const backend = startBackend({
    dataDir,
    defaultLibraryDir: path.join(dataDir, 'Career Organizer'),
    host,
    storeFactory: confFactory,
    facts: { name: 'Career Organizer', version: '0.0.0-test', mode: 'test' },
    extractor: inThreadExtractor,
    watchLibrary: options.watchLibrary ?? false,
  });
  running.set(backend, dataDir);
  const close = backend.close.bind(backend);
  backend.close = () => {
    running.delete(backend);
    return close();
  };
  return backend;
}
