import { applyStartupSettings, BOOT_CONFIG } from '@/lib/reader/boot-script';
import {
  readRootSettings,
  STORAGE_KEY,
  writeSettingsToQuery,
  type ReaderSettings,
  type SettingName,
} from '@/lib/reader/settings';

/**
 * Changes one reader setting in the browser, as the toolbar does: kept in localStorage, written
 * into the URL (a shared link opens the same view) and applied to <html>, where the toolbar and
 * the stylesheet read it. Browser only.
 */
export function changeReaderSetting(name: SettingName, value: string): void {
  const next = { ...readRootSettings(document.documentElement), [name]: value } as ReaderSettings;
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
    storage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // private mode or storage disabled: the URL still carries the settings
  }
  const search = writeSettingsToQuery(window.location.search, next);
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  applyStartupSettings(BOOT_CONFIG, document, search, storage);
}
