import fs from 'node:fs';
import { Readable } from 'node:stream';
import {
  contract,
  type PushEnvelope,
  type PushName,
  type PushPayload,
  type ReplyEnvelope,
  type Settings,
  type UploadMeta,
  type UploadResult,
} from '../../shared/contract';
import { combine, type HandlerContext } from './app';
import { appApp, NoticeBox, type AppFacts } from './app-info/handlers';
import { activityApp } from './activity/handlers';
import { dispatch } from './dispatch';
import { documentsApp } from './documents/handlers';
import { DocumentsService } from './documents/service';
import { createExtractor, type Extractor } from './extract';
import { jobsApp } from './jobs/handlers';
import { lettersApp } from './letters/handlers';
import type { Host } from './native-host';
import { scheduleBackend } from './schedule/handlers';
import { settingsApp } from './settings/handlers';
import { createSettingsService, type SettingsService } from './settings/service';
import { openSettingsStore, type SettingsStoreFactory } from './settings/store';

export interface BackendOptions {
  /** Where settings and the app's own files live. */
  dataDir: string;
  /** The library folder used until the user picks another. */
  defaultLibraryDir: string;
  host: Host;
  /** conf in browser mode and tests, electron-store on the desktop. */
  storeFactory: SettingsStoreFactory;
  facts: Omit<AppFacts, 'dataDir'>;
  /** Reads documents' text; defaults to a pool of worker threads. */
  extractor?: Extractor;
  /** Watch the library folder for outside changes (off in most unit tests). */
  watchLibrary?: boolean;
}

/** A running backend: one entry for requests, one stream of push events out. */
export interface Backend {
  dispatch(raw: unknown): Promise<ReplyEnvelope>;
  /** Hears every push event; returns a function that stops listening. */
  onPush(listener: (envelope: PushEnvelope) => void): () => void;
  readonly settings: SettingsService;
  /** One file of a browser-mode upload, streamed straight into the library's ingest pipeline. */
  importStream(source: Readable, meta: UploadMeta): Promise<UploadResult>;
  /** The same for bytes already in memory (the in-process test transport). */
  importBytes(bytes: Uint8Array, meta: UploadMeta): Promise<UploadResult>;
  /** A document version's file, looked up by id — the only way bytes leave the library. */
  resolveFile(documentId: string, versionId?: string): Promise<{ absolutePath: string; mimeType: string; name: string } | null>;
  close(): Promise<void>;
}

export const DEFAULT_SETTINGS = {
  theme: 'system',
  language: 'en',
  weeklyActivityTarget: 3,
  notifications: true,
  importLimitMb: 200,
  windowBounds: null,
  libraryMove: null,
} as const satisfies Omit<Settings, 'libraryDir'>;

/** Starts the backend with everything it needs passed in: no globals, no Electron. */
export function startBackend(options: BackendOptions): Backend {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const listeners = new Set<(envelope: PushEnvelope) => void>();
  const ctx: HandlerContext = {
    push<E extends PushName>(name: E, payload: PushPayload<E>) {
      const envelope: PushEnvelope = { type: 'push', name, payload };
      for (const listener of listeners) listener(envelope);
    },
  };

  const notices = new NoticeBox();
  const opened = openSettingsStore(options.storeFactory, options.dataDir, {
    ...DEFAULT_SETTINGS,
    libraryDir: options.defaultLibraryDir,
  });
  if (opened.movedAsideTo) {
    notices.add({ id: `settings-reset-${Date.now()}`, kind: 'settings-reset', detail: opened.movedAsideTo });
  }
  const settings = createSettingsService(opened.store, (next) => ctx.push('settings-changed', next));

  const extractor = options.extractor ?? createExtractor();
  const documents = new DocumentsService(settings, extractor, options.host, ctx, notices, { watch: options.watchLibrary ?? true });

  const schedule = scheduleBackend({
    dataDir: options.dataDir,
    host: options.host,
    notificationsOn: () => settings.get().notifications,
    push: (payload) => ctx.push('reminder-due', payload),
  });
  const handlers = combine(
    appApp({ ...options.facts, dataDir: options.dataDir }, options.host, notices),
    settingsApp(settings, options.host, (dir) => documents.moveTo(dir)),
    documentsApp(documents, options.host),
    jobsApp(),
    activityApp(),
    lettersApp(() => documents.library()),
    schedule.app,
  );

  const importStream = async (source: Readable, meta: UploadMeta) => (await documents.library()).importStream(source, meta);
  return {
    dispatch: (raw) => dispatch(raw, contract, handlers, ctx),
    onPush(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settings,
    importStream,
    importBytes: (bytes, meta) => importStream(Readable.from([Buffer.from(bytes)]), meta),
    resolveFile: async (documentId, versionId) => (await documents.library()).resolveFile(documentId, versionId),
    async close() {
      await schedule.close();
      await documents.close();
      await extractor.close();
    },
  };
}

