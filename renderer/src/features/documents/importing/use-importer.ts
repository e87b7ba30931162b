import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DocumentKind, ImportReport } from '../../../../../shared/contract';
import type { Client } from '../../../api/client';
import { useClient } from '../../../api/context';
import type { PickedFile } from '../../../api/transport';
import { useToasts } from '../../../stores/toasts';
import { makeBatchId } from '../batch-id';
import { useDocuments } from '../store';
import { useImports } from './import-store';
import { summariseImport } from './summary';

export interface ImportTarget {
  /** Add the file(s) as a new version of this document instead of new documents. */
  versionOf?: string;
}

export interface Importer {
  /** Files dropped or picked in the page (browser mode streams them, the desktop sends their paths). */
  importFiles(files: PickedFile[], target?: ImportTarget): Promise<ImportReport | null>;
  /** Desktop only: the system's file dialog, then the same import. */
  importWithDialog(target?: ImportTarget): Promise<ImportReport | null>;
}

/**
 * Runs imports into one kind of document: follows the batch's progress pushes, then
 * tells the user what happened in one toast, with the details a click away.
 */
export function useImporter(kind: DocumentKind, onDone?: (report: ImportReport, target: ImportTarget) => void): Importer {
  const client = useClient();
  const { t } = useTranslation();

  const run = useCallback(
    async (total: number | null, target: ImportTarget, start: (batchId: string) => Promise<ImportReport | null>) => {
      const batchId = makeBatchId();
      const imports = useImports.getState();
      // The desktop dialog is still open until the first push: show the panel only from then.
      imports.start(batchId, total, total !== null);
      const stop = client.listen('documents-import-progress', (update) => {
        if (update.batchId === batchId) useImports.getState().progress(update);
      });
      let report: ImportReport | null;
      try {
        report = await start(batchId);
      } catch (err) {
        useToasts.getState().show({ tone: 'error', message: t('documents.importing.failed', { reason: (err as Error).message }) });
        return null;
      } finally {
        stop();
        useImports.getState().finish(batchId);
      }
      if (!report) return null; // the user closed the dialog without choosing
      tell(report, target, t);
      await catchUp(report, client);
      onDone?.(report, target);
      return report;
    },
    [client, t, onDone],
  );

  const importFiles = useCallback(
    (files: PickedFile[], target: ImportTarget = {}) =>
      run(files.length, target, (batchId) =>
        client.importFiles(files, target.versionOf ? { batchId, versionOf: target.versionOf } : { batchId, kind }),
      ),
    [run, client, kind],
  );
  const importWithDialog = useCallback(
    (target: ImportTarget = {}) =>
      run(null, target, (batchId) =>
        client.send('documents-import-dialog', target.versionOf ? { batchId, versionOf: target.versionOf } : { batchId, kind }),
      ),
    [run, client, kind],
  );
  return useMemo(() => ({ importFiles, importWithDialog }), [importFiles, importWithDialog]);
}

/** One toast for the whole batch. */
function tell(report: ImportReport, target: ImportTarget, t: TFunction): void {
  const summary = summariseImport(report, t);
  const doc = target.versionOf ? useDocuments.getState().byId[target.versionOf] : undefined;
  const message =
    doc && summary.addedIds.length === 1 && report.outcomes.length === 1 ? t('documents.versions.added', { title: doc.title }) : summary.message;
  useToasts.getState().show({
    tone: summary.tone,
    message,
    action: summary.hasDetails ? { label: t('documents.importing.seeDetails'), run: () => useImports.getState().showDetails(report) } : undefined,
    // Anything not added waits for the user, so a skipped file is never missed.
    timeoutMs: summary.tone === 'success' ? undefined : 0,
  });
}

// Pushes normally bring new documents first; if any went missing on the way, fetch the list once.
async function catchUp(report: ImportReport, client: Client): Promise<void> {
  const known = useDocuments.getState().byId;
  const missing = report.outcomes.some((o) => o.status === 'added' && !known[o.documentId]);
  if (!missing) return;
  try {
    useDocuments.getState().replaceAll(await client.send('documents-list', {}));
  } catch {
    // The next documents-changed push or page visit fills the gap; nothing to tell.
  }
}
