import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Conf from 'conf';
import { startBackend } from '../index';
import { parseWebArgs, defaultTempDataDir } from './args';
import { createNodeHost } from './node-host';
import { startHostServer } from './server';
import type { SettingsStoreLike } from '../settings/store';

/**
 * Browser mode: the real backend and the built renderer, served on 127.0.0.1 for
 * development and end-to-end tests. Prints one line with the URL to open.
 */
async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2), () => defaultTempDataDir(fs.mkdtempSync));
  const here = path.dirname(fileURLToPath(import.meta.url));
  const rendererDir = path.resolve(here, '../renderer');
  const pkg = JSON.parse(fs.readFileSync(path.resolve(here, '../../package.json'), 'utf8')) as { version: string };

  let notify: (n: { title: string; body: string }) => void = () => {};
  const host = createNodeHost({
    trashDir: path.join(args.dataDir, 'Trash'),
    onNotify: (n) => notify(n),
    launch: process.env.CAREER_ORGANIZER_NO_LAUNCH !== '1',
  });
  const backend = startBackend({
    dataDir: args.dataDir,
    defaultLibraryDir: path.join(args.dataDir, 'Career Organizer'),
    host,
    storeFactory: (o) => new Conf(o) as unknown as SettingsStoreLike,
    facts: { name: 'Career Organizer', version: pkg.version, mode: 'browser' },
  });
  notify = (n) => process.stdout.write(`Notification: ${n.title} — ${n.body}\n`);

  const token = randomBytes(24).toString('base64url');
  const server = await startHostServer({ backend, rendererDir, token, port: args.port });
  process.stdout.write(`Career Organizer is running at ${server.url}\n`);

  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`Career Organizer could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
