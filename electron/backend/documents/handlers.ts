import { UserError } from '../errors';
import { createApp } from '../app';
import type { Host } from '../native-host';
import type { DocumentsService } from './service';

type DocumentsMethod =
  | 'documents-list'
  | 'documents-get'
  | 'documents-import-paths'
  | 'documents-import-dialog'
  | 'documents-import-cancel'
  | 'documents-update'
  | 'documents-version-create'
  | 'documents-version-restore'
  | 'documents-delete'
  | 'documents-delete-undo'
  | 'documents-search'
  | 'documents-open'
  | 'documents-show-in-folder';

const GONE = 'That document is no longer in your library. It may have been deleted in another window.';

/** A batch id when the caller did not choose one. */
const batchIdFor = (given?: string) => given ?? `batch-${Date.now().toString(36)}`;

/** The documents-* handlers: thin, every decision lives in the library. */
export function documentsApp(documents: DocumentsService, host: Host) {
  const lib = () => documents.library();
  return createApp<DocumentsMethod>()
    .method('documents-list', async () => (await lib()).list())
    .method('documents-get', async ({ id }) => {
      const doc = (await lib()).get(id);
      if (!doc) throw new UserError(GONE);
      return doc;
    })
    .method('documents-import-paths', async ({ paths, ...options }) => (await lib()).importPaths(paths, { ...options, batchId: batchIdFor(options.batchId) }))
    .method('documents-import-dialog', async (options) => {
      const paths = await host.pickFiles({ title: 'Add files to your library', multiple: true });
      if (paths.length === 0) return null;
      return (await lib()).importPaths(paths, { ...options, batchId: batchIdFor(options.batchId) });
    })
    .method('documents-import-cancel', async ({ batchId }) => ({ cancelled: (await lib()).cancel(batchId) }))
    .method('documents-update', async ({ id, ...patch }) => (await lib()).update(id, patch))
    .method('documents-version-create', async ({ id, basedOn, label }) => (await lib()).createVersion(id, basedOn, label))
    .method('documents-version-restore', async ({ id, versionId }) => (await lib()).restoreVersion(id, versionId))
    .method('documents-delete', async ({ id }) => (await lib()).delete(id))
    .method('documents-delete-undo', async ({ undoToken }) => (await lib()).undoDelete(undoToken))
    .method('documents-search', async ({ query, ...filters }) => (await lib()).search(query, filters))
    .method('documents-open', async ({ id, versionId }) => {
      const file = (await lib()).resolveFile(id, versionId);
      if (!file) throw new UserError(GONE);
      return { opened: await host.openPath(file.absolutePath) };
    })
    .method('documents-show-in-folder', async ({ id }) => {
      const file = (await lib()).resolveFile(id);
      if (!file) throw new UserError(GONE);
      await host.showInFolder(file.absolutePath);
      return { shown: true };
    });
}
