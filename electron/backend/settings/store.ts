import fs from 'node:fs';
import path from 'node:path';
import type { Schema } from 'conf';
import { z } from 'zod';
import { SettingsSchema, type Settings } from '../../../shared/contract';
import { logError } from '../log';

/** The part of the conf / electron-store API the backend uses. */
export interface SettingsStoreLike {
  readonly path: string;
  readonly store: Record<string, unknown>;
  set(key: string, value: unknown): void;
}

/** Options passed to conf or electron-store; both accept them as they are. */
export interface SettingsStoreOptions {
  cwd: string;
  configName: string;
  defaults: Settings;
  schema: Schema<Settings>;
  clearInvalidConfig: false;
}

/** Creates the store: `new Conf(o)` in browser mode and tests, `new ElectronStore(o)` on the desktop. */
export type SettingsStoreFactory = (options: SettingsStoreOptions) => SettingsStoreLike;

export interface OpenedSettingsStore {
  store: SettingsStoreLike;
  /** Where an unreadable settings file was moved, when it had to be. */
  movedAsideTo?: string;
}

export const SETTINGS_FILE_NAME = 'settings';

/**
 * Opens the settings store in `dir`. A file that is not valid JSON or fails the schema
 * is renamed aside (kept for the user, never deleted) and a fresh store with defaults is used.
 */
export function openSettingsStore(
  factory: SettingsStoreFactory,
  dir: string,
  defaults: Settings,
): OpenedSettingsStore {
  const options: SettingsStoreOptions = {
    cwd: dir,
    configName: SETTINGS_FILE_NAME,
    defaults,
    schema: settingsJsonSchema(),
    clearInvalidConfig: false,
  };
  try {
    return { store: factory(options) };
  } catch (err) {
    const file = path.join(dir, `${SETTINGS_FILE_NAME}.json`);
    if (!fs.existsSync(file)) throw err;
    logError('settings file could not be read; keeping it aside', err);
    const movedAsideTo = moveAside(file);
    return { store: factory(options), movedAsideTo };
  }
}

/** The JSON schema conf validates every read and write against, made from the zod schema. */
function settingsJsonSchema(): Schema<Settings> {
  const schema = z.toJSONSchema(SettingsSchema) as unknown as { properties: Schema<Settings> };
  return schema.properties;
}

function moveAside(file: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = file.replace(/\.json$/, `.unreadable-${stamp}.json`);
  fs.renameSync(file, target);
  return target;
}
