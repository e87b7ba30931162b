import path from 'node:path';
import { SettingsSchema, type Settings, type SettingsPatch } from '../../../shared/contract';
import { UserError } from '../errors';
import type { SettingsStoreLike } from './store';

/** Reads and writes settings through the store; every write is validated twice (zod, then the store's schema). */
export interface SettingsService {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
  /** Records where the library is, and any move in progress (only the documents feature calls this). */
  setLibrary(entries: Pick<Partial<Settings>, 'libraryDir' | 'libraryMove'>): Settings;
}

/** An absolute, normalised folder path, or a plain error saying what to type. */
export function checkFolderPath(dir: string): string {
  if (!path.isAbsolute(dir)) {
    throw new UserError('Please enter the full path of a folder, for example /home/you/Documents/Career Organizer.');
  }
  return path.normalize(dir);
}

/** Wraps a conf-compatible store; `onChange` hears every successful change. */
export function createSettingsService(
  store: SettingsStoreLike,
  onChange: (settings: Settings) => void,
): SettingsService {
  const get = (): Settings => SettingsSchema.parse(store.store);

  const write = (entries: Partial<Settings>): Settings => {
    for (const [key, value] of Object.entries(entries)) {
      if (value !== undefined) store.set(key, value);
    }
    const next = get();
    onChange(next);
    return next;
  };

  return {
    get,
    update: (patch) => write(patch),
    setLibrary: (entries) => write(entries),
  };
}
