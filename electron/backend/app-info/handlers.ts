import fs from 'node:fs/promises';
import type { AppInfo, Notice } from '../../../shared/contract';
import { createApp } from '../app';
import type { Host } from '../native-host';

export interface AppFacts {
  name: string;
  version: string;
  mode: AppInfo['mode'];
  dataDir: string;
}

/** Keeps notices until the renderer takes them, so each one is shown exactly once. */
export class NoticeBox {
  private pending: Notice[] = [];
  add(notice: Notice): void {
    this.pending.push(notice);
  }
  take(): Notice[] {
    const all = this.pending;
    this.pending = [];
    return all;
  }
}

/** The app-* handlers: facts about this run, notices, and the data folder. */
export function appApp(facts: AppFacts, host: Host, notices: NoticeBox) {
  return createApp<'app-info' | 'app-notices-take' | 'app-open-data-dir'>()
    .method('app-info', () => ({
      ...facts,
      platform: platformName(process.platform),
      capabilities: host.capabilities,
    }))
    .method('app-notices-take', () => notices.take())
    .method('app-open-data-dir', async () => {
      await fs.mkdir(facts.dataDir, { recursive: true });
      return { opened: await host.openPath(facts.dataDir) };
    });
}

function platformName(p: NodeJS.Platform): AppInfo['platform'] {
  return p === 'win32' || p === 'darwin' || p === 'linux' ? p : 'other';
}
