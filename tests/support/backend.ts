import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { startBackend, type Backend } from '../../electron/backend';
import { extractText, type Extractor } from '../../electron/backend/extract';
import type { Host } from '../../electron/backend/native-host';
import type { SettingsStoreLike } from '../../electron/backend/settings/store';
import { recordingHost } from './recording-host';

/** A fresh folder in the OS temp dir, removed by the returned cleanup. */
export function makeTempDir(prefix = 'co-test-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }) };
}

/** The conf-backed store factory browser mode uses. */
export const confFactory = (options: ConstructorParameters<typeof Conf>[0]) => new Conf(options) as unknown as SettingsStoreLike;

/** The real extraction code, run in this thread: tests need no worker build. */
export const inThreadExtractor: Extractor = { extract: extractText, close: async () => undefined };

/** A real backend on a real temp folder, as browser mode starts it, with a recording host. */
export function startTestBackend(dataDir: string, host: Host = recordingHost(), options: { watchLibrary?: boolean } = {}): Backend {
  return startBackend({
    dataDir,
    defaultLibraryDir: path.join(dataDir, 'Career Organizer'),
    host,
    storeFactory: confFactory,
    facts: { name: 'Career Organizer', version: '0.0.0-test', mode: 'test' },
    extractor: inThreadExtractor,
    watchLibrary: options.watchLibrary ?? false,
  });
}
