import { createApp } from '../app';
import type { Host } from '../native-host';
import type { Settings } from '../../../shared/contract';
import { checkFolderPath, type SettingsService } from './service';

/** The settings-* handlers. Changing the library folder moves the documents, so that is passed in. */
export function settingsApp(settings: SettingsService, host: Host, moveLibraryTo: (dir: string) => Promise<Settings>) {
  return createApp<'settings-get' | 'settings-set' | 'settings-set-library-dir' | 'settings-choose-library-dir'>()
    .method('settings-get', () => settings.get())
    .method('settings-set', (patch) => settings.update(patch))
    .method('settings-set-library-dir', ({ path }) => moveLibraryTo(checkFolderPath(path)))
    .method('settings-choose-library-dir', async () => {
      const chosen = await host.pickFolder({
        title: 'Choose where to keep your documents',
        defaultPath: settings.get().libraryDir,
      });
      return chosen ? moveLibraryTo(checkFolderPath(chosen)) : null;
    });
}
