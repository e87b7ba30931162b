import type { Host } from '../../electron/backend/native-host';

/** A Host that does nothing on the machine and remembers every call, for assertions. */
export function recordingHost(overrides: Partial<Host> = {}): Host & { calls: Array<[string, unknown]> } {
  const calls: Array<[string, unknown]> = [];
  return {
    calls,
    capabilities: { pickFolder: true, openPath: true },
    async openPath(target) {
      calls.push(['openPath', target]);
      return true;
    },
    async showInFolder(target) {
      calls.push(['showInFolder', target]);
    },
    async trash(target) {
      calls.push(['trash', target]);
    },
    notify(n) {
      calls.push(['notify', n]);
      return true;
    },
    async pickFolder(options) {
      calls.push(['pickFolder', options]);
      return null;
    },
    async pickFiles(options) {
      calls.push(['pickFiles', options]);
      return [];
    },
    ...overrides,
  };
}
