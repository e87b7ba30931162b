import { create } from 'zustand';
import type { AppInfo, Settings } from '../../../shared/contract';

interface SettingsState {
  /** The backend's settings as last heard; null until loaded. */
  settings: Settings | null;
  info: AppInfo | null;
  replace(settings: Settings): void;
  setInfo(info: AppInfo): void;
}

/** The renderer's view of the backend's settings, kept current by `settings-changed` pushes. */
export const useSettingsStore = create<SettingsState>((set) => ({
  settings: null,
  info: null,
  replace: (settings) => set({ settings }),
  setInfo: (info) => set({ info }),
}));

/** The loaded settings; only used below the start-up gate, where they always exist. */
export function useSettings(): Settings {
  const settings = useSettingsStore((s) => s.settings);
  if (!settings) throw new Error('Settings are not loaded yet.');
  return settings;
}

/** Facts about this run (version, data folder, what the host can do). */
export function useAppInfo(): AppInfo {
  const info = useSettingsStore((s) => s.info);
  if (!info) throw new Error('App info is not loaded yet.');
  return info;
}
