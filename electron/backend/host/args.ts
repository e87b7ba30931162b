import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface WebArgs {
  dataDir: string;
  port: number;
}

/** Reads `--data-dir DIR --port N`; defaults: a fresh folder in the OS temp dir and a free port. */
export function parseWebArgs(argv: string[], makeTempDir: () => string): WebArgs {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  }
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : makeTempDir();
  return { dataDir, port };
}

/** The default data folder for a browser-mode run. */
export function defaultTempDataDir(mkdtemp: (prefix: string) => string): string {
  return mkdtemp(path.join(os.tmpdir(), 'career-organizer-'));
}
