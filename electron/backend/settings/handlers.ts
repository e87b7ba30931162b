import { createApp } from '../app';
import type { Host } from '../native-host';
import type { SettingsService } from './service';

/** The settings-* handlers. */
export function settingsApp(settings: SettingsService, host: Host) {
  return createApp<'settings-get' | 'settings-set' | 'settings-set-library-dir' | 'settings-choose-library-dir'>()
    .method('settings-get', () => settings.get())
    .method('settings-set', (patch) => settings.update(patch))
    .method('settings-set-library-dir', ({ path }) => settings.setLibraryDir(path))
    .method('settings-choose-library-dir', async () => {
      const chosen = await host.pickFolder({
        title: 'Choose where to keep your documents',
        defaultPath: settings.get().libraryDir,
      });
      return chosen ? settings.setLibraryDir(chosen) : null;
    });
}
