import ElectronStore from 'electron-store';
import type { SettingsStoreFactory, SettingsStoreLike } from '../backend/settings/store';

/** electron-store calls conf's `configName` option `name`; everything else passes through. */
export const electronStoreFactory: SettingsStoreFactory = ({ configName, ...rest }) =>
  new ElectronStore({ ...rest, name: configName }) as unknown as SettingsStoreLike;
