import type { DesktopBridge, ImportOutcome, ImportReport } from '../../../../shared/contract';
import type { Transport } from '../transport';

const NOT_A_FILE = 'This item is not a file on your computer. Save it to a folder first, then add it from there.';

/** The desktop transport: the functions the preload put on window.careerOrganizer. */
export function ipcTransport(bridge: DesktopBridge): Transport {
  return {
    call: (envelope) => bridge.call(envelope),
    onPush: (listener) => bridge.onPush(listener),
    async importFiles(files, options) {
      // The desktop sends paths: the backend reads the files itself, in one streaming pass.
      const withPaths = files.map((picked) => ({ picked, path: bridge.pathForFile(picked.file) }));
      const notFiles: ImportOutcome[] = withPaths
        .filter((f) => !f.path)
        .map((f) => ({ status: 'skipped', name: f.picked.name, reason: NOT_A_FILE }));
      const paths = withPaths.filter((f) => f.path).map((f) => f.path);
      if (paths.length === 0) return { batchId: options.batchId, outcomes: notFiles, cancelled: false };
      const reply = await bridge.call({ id: `import-${options.batchId}`, name: 'documents-import-paths', args: { ...options, paths } });
      if (reply.type !== 'reply') {
        const reason = reply.type === 'error' ? reply.error.message : NOT_A_FILE;
        return { batchId: options.batchId, outcomes: [...notFiles, ...files.map((f) => ({ status: 'skipped' as const, name: f.name, reason }))], cancelled: false };
      }
      const report = reply.result as ImportReport;
      return { ...report, outcomes: [...report.outcomes, ...notFiles] };
    },
  };
}
