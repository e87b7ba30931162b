import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { LibraryDocument } from '../../../shared/contract';
import type { HandlerContext } from '../app';
import type { Extractor } from '../extract';
import { logError } from '../log';
import type { Host } from '../native-host';
import type { SettingsService } from '../settings/service';
import { META_DIR } from './layout';
import { Library } from './library';

/**
 * Keeps the library open at the folder the settings name, reopens it when that changes,
 * and watches the folder so edits made by other programs show up while the app runs.
 */
export class DocumentsService {
  private current: Promise<Library> | null = null;
  private watcher: FSWatcher | null = null;
  private reconcileTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly settings: SettingsService,
    private readonly extractor: Extractor,
    private readonly host: Host,
    private readonly ctx: HandlerContext,
    private readonly options: { watch: boolean },
  ) {}

  /** The open library, opening it on first use. */
  library(): Promise<Library> {
    const root = this.settings.get().libraryDir;
    if (!this.current) this.current = this.open(root);
    return this.current.then((lib) => (path.resolve(lib.root) === path.resolve(root) ? lib : this.reopen(root)));
  }

  async close(): Promise<void> {
    clearTimeout(this.reconcileTimer);
    await this.watcher?.close();
    this.watcher = null;
    const lib = await this.current?.catch(() => null);
    await lib?.close();
    this.current = null;
  }

  private async reopen(root: string): Promise<Library> {
    await this.close();
    this.current = this.open(root);
    return this.current;
  }

  private async open(root: string): Promise<Library> {
    const lib = await Library.open({
      root,
      extractor: this.extractor,
      host: this.host,
      limitBytes: () => this.settings.get().importLimitMb * 1024 * 1024,
      onChange: (upserted: LibraryDocument[], removed: string[]) => this.ctx.push('documents-changed', { upserted, removed }),
      onProgress: (progress) => this.ctx.push('documents-import-progress', progress),
    });
    if (this.options.watch) this.startWatching(lib);
    return lib;
  }

  private startWatching(lib: Library): void {
    this.watcher = watch(lib.root, {
      ignoreInitial: true,
      depth: 5,
      ignored: (file) => file.includes(`${path.sep}${META_DIR}`) || /[\\/](\.|~\$)[^\\/]*$/.test(file),
      awaitWriteFinish: { stabilityThreshold: 400, pollInterval: 100 },
    });
    const soon = () => {
      clearTimeout(this.reconcileTimer);
      this.reconcileTimer = setTimeout(() => void lib.reconcile().catch((err: unknown) => logError('catching up with outside changes', err)), 300);
    };
    this.watcher.on('all', soon);
    this.watcher.on('error', (err) => logError('watching the library folder', err));
  }
}
