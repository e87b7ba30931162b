import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../electron/backend';
import { openSettingsStore, type SettingsStoreOptions } from '../../../../electron/backend/settings/store';
import { electronStoreFactory } from '../../../../electron/main/settings-store';

// electron-store imports 'electron' at load time (which, under plain Node, tries to
// download the binary). Replace it with a class that records what it was given.
const recorded = vi.hoisted(() => ({ options: [] as unknown[] }));
vi.mock('electron-store', () => ({
  default: class FakeElectronStore {
    readonly path = '/fake/settings.json';
    readonly store: Record<string, unknown> = {};
    constructor(options: unknown) {
      recorded.options.push(options);
    }
    set(key: string, value: unknown) {
      this.store[key] = value;
    }
  },
}));
// A tripwire: if anything still reaches the real electron, fail loudly instead of downloading.
vi.mock('electron', () => {
  throw new Error("the real 'electron' module must not be imported in unit tests");
});

afterEach(() => {
  recorded.options.length = 0;
});

describe('electronStoreFactory', () => {
  it("passes conf's configName as electron-store's name and every other option through unchanged", () => {
    const options: SettingsStoreOptions = {
      cwd: '/home/me/.config/career-organizer',
      configName: 'settings',
      defaults: { ...DEFAULT_SETTINGS, libraryDir: '/home/me/Documents/Career Organizer' },
      schema: { theme: { type: 'string' } } as unknown as SettingsStoreOptions['schema'],
      clearInvalidConfig: false,
    };
    const store = electronStoreFactory(options);

    expect(store.path).toBe('/fake/settings.json');
    expect(recorded.options).toHaveLength(1);
    const given = recorded.options[0] as Record<string, unknown>;
    expect(given).toEqual({
      cwd: options.cwd,
      name: 'settings',
      defaults: options.defaults,
      schema: options.schema,
      clearInvalidConfig: false,
    });
    expect(given).not.toHaveProperty('configName');
    expect(given.defaults).toBe(options.defaults);
    expect(given.schema).toBe(options.schema);
  });

  it("gets the backend's real store options through openSettingsStore", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'co-estore-'));
    try {
      const defaults = { ...DEFAULT_SETTINGS, libraryDir: path.join(dir, 'library') };
      const opened = openSettingsStore(electronStoreFactory, dir, defaults);
      expect(opened.movedAsideTo).toBeUndefined();
      expect(recorded.options).toEqual([
        expect.objectContaining({ cwd: dir, name: 'settings', defaults, clearInvalidConfig: false, schema: expect.any(Object) }),
      ]);
      expect(recorded.options[0]).not.toHaveProperty('configName');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
