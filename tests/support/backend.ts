import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { startBackend, type Backend } from '../../electron/backend';
import type { Host } from '../../electron/backend/native-host';
import type { SettingsStoreLike } from '../../electron/backend/settings/store';
import { recordingHost } from './recording-host';

/** A fresh folder in the OS temp dir, removed by the returned cleanup. */
export function makeTempDir(prefix = 'co-test-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The conf-backed store factory browser mode uses. */
export const confFactory = (options: ConstructorParameters<typeof Conf>[0]) => new Conf(options) as unknown as SettingsStoreLike;

/** A real backend on a real temp folder, as browser mode starts it, with a recording host. */
export function startTestBackend(dataDir: string, host: Host = recordingHost()): Backend {
  return startBackend({
    dataDir,
    defaultLibraryDir: path.join(dataDir, 'Career Organizer'),
    host,
    storeFactory: confFactory,
    facts: { name: 'Career Organizer', version: '0.0.0-test', mode: 'test' },
  });
}
