import fs from 'node:fs';
import {
  contract,
  type PushEnvelope,
  type PushName,
  type PushPayload,
  type ReplyEnvelope,
  type Settings,
} from '../../shared/contract';
import { combine, type HandlerContext } from './app';
import { appApp, NoticeBox, type AppFacts } from './app-info/handlers';
import { dispatch } from './dispatch';
import type { Host } from './native-host';
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
}

/** A running backend: one entry for requests, one stream of push events out. */
export interface Backend {
  dispatch(raw: unknown): Promise<ReplyEnvelope>;
  /** Hears every push event; returns a function that stops listening. */
  onPush(listener: (envelope: PushEnvelope) => void): () => void;
  readonly settings: SettingsService;
}

export const DEFAULT_SETTINGS = {
  theme: 'system',
  language: 'en',
  weeklyActivityTarget: 3,
  notifications: true,
  windowBounds: null,
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

  const handlers = combine(
    appApp({ ...options.facts, dataDir: options.dataDir }, options.host, notices),
    settingsApp(settings, options.host),
  );

  return {
    dispatch: (raw) => dispatch(raw, contract, handlers, ctx),
    onPush(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settings,
  };
}

