import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Host } from '../native-host';
import { logInfo } from '../log';

/**
 * The Host for browser mode: plain Node, no native dialogs. Opening uses the
 * platform's own opener; "trash" moves into a Trash folder the caller names;
 * notifications are handed to `onNotify` (the page shows them in the app).
 */
export function createNodeHost(options: {
  trashDir: string;
  onNotify: (n: { title: string; body: string; route?: string }) => void;
  /** Set false in tests so nothing is launched on the machine. */
  launch?: boolean;
}): Host {
  const launch = options.launch ?? true;
  return {
    capabilities: { pickFolder: false, openPath: launch },
    async openPath(target) {
      if (!launch) return false;
      return openWithSystem(target);
    },
    async showInFolder(target) {
      if (launch) await openWithSystem(path.dirname(target));
    },
    async trash(target) {
      await fs.mkdir(options.trashDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await fs.rename(target, path.join(options.trashDir, `${stamp} ${path.basename(target)}`));
    },
    notify(n) {
      options.onNotify(n);
      // No system notification here: the page shows the reminder itself (reminder-due).
      return false;
    },
    async pickFolder() {
      return null;
    },
    async pickFiles() {
      return [];
    },
  };
}

function openWithSystem(target: string): Promise<boolean> {
  const [command, args] =
    process.platform === 'win32'
      ? ['explorer.exe', [target]]
      : process.platform === 'darwin'
        ? ['open', [target]]
        : ['xdg-open', [target]];
  return new Promise((resolve) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.once('error', (err) => {
      logInfo(`could not open ${target}: ${err.message}`);
      resolve(false);
    });
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}
