import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { LibraryDocument, Settings } from '../../../shared/contract';
import type { HandlerContext } from '../app';
import type { NoticeBox } from '../app-info/handlers';
import type { Extractor } from '../extract';
import { logError } from '../log';
import type { Host } from '../native-host';
import type { SettingsService } from '../settings/service';
import { META_DIR } from './layout';
import { Library } from './library';
import { libraryTargetFor, moveLibrary } from './move-library';

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
    private readonly notices: NoticeBox,
    private readonly options: { watch: boolean },
  ) {}

  /** The open library, opening it on first use (and first finishing a move a crash cut short). */
  library(): Promise<Library> {
    if (!this.current) {
      const opening = this.resumeMove()
        .catch((err: unknown) => logError('finishing a library move at start-up; staying in the old folder', err))
        .then(() => this.open(this.settings.get().libraryDir));
      // A library that failed to open is tried again on the next call, not remembered as failed.
      opening.catch(() => {
        if (this.current === opening) this.current = null;
      });
      this.current = opening;
    }
    return this.current;
  }

  /**
   * Moves the library to the folder the user chose (or a "Career Organizer" folder inside
   * it), then reopens it there. The move is recorded first, so a crash half-way resumes it.
   */
  moveTo(chosen: string): Promise<Settings> {
    const run = this.moving.catch(() => undefined).then(async () => {
      const old = await this.library().catch(() => null);
      const from = this.settings.get().libraryDir;
      const to = await libraryTargetFor(from, chosen);
      if (path.resolve(to) === path.resolve(from)) return;
      // Every call that comes in during the move waits for the library at its new place.
      let reopened!: (lib: Promise<Library>) => void;
      this.current = new Promise<Library>((resolve) => (reopened = (lib) => resolve(lib)));
      await this.stopWatching();
      await old?.close();
      this.settings.setLibrary({ libraryMove: { from, to } });
      let failure: unknown = null;
      await this.resumeMove().catch((err: unknown) => (failure = err));
      // Whether it moved or not, the library opens again where its files now are.
      const opened = this.open(this.settings.get().libraryDir);
      reopened(opened);
      await opened;
      if (failure) throw failure;
    });
    this.moving = run;
    return run.then(() => this.settings.get());
  }

  private moving: Promise<void> = Promise.resolve();

  private async resumeMove(): Promise<void> {
    const move = this.settings.get().libraryMove;
    if (!move) return;
    try {
      await moveLibrary(move.from, move.to, (progress) => this.ctx.push('library-move-progress', progress));
      this.settings.setLibrary({ libraryDir: move.to, libraryMove: null });
    } catch (err) {
      // Keep the library where it was; the user is told why and can try another folder.
      this.settings.setLibrary({ libraryMove: null });
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.stopWatching();
    const lib = await this.current?.catch(() => null);
    await lib?.close();
    this.current = null;
  }

  private async stopWatching(): Promise<void> {
    clearTimeout(this.reconcileTimer);
    await this.watcher?.close();
    this.watcher = null;
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
    if (lib.indexWasLost) {
      const notice = { id: `library-index-rebuilt-${Date.now()}`, kind: 'library-index-rebuilt' as const, detail: root };
      this.notices.add(notice);
      this.ctx.push('app-notice', notice);
    }
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
