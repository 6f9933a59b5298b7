import { PRINT_PARAM } from '../share/link';
import { PRINT_ATTRIBUTE } from '../share/print-mode';
import { DEFAULT_SETTINGS, SETTING_OPTIONS, STORAGE_KEY, type ReaderSettings } from './settings';

interface BootConfig {
  options: Record<string, readonly string[]>;
  defaults: Record<string, string>;
  key: string;
  /** `?print=1` switches to the worksheet view before the article is parsed, so the reader never flashes. */
  print: { param: string; attribute: string };
}

/**
 * Runs in <head> before first paint, so a dark theme or hidden pinyin does not flash.
 * Self-contained on purpose (it is serialized with Function.prototype.toString): no imports,
 * no outer variables. Same precedence as resolveSettings: defaults < localStorage < URL.
 */
export function applyStartupSettings(
  config: BootConfig,
  doc: Document,
  search: string,
  storage: Pick<Storage, 'getItem'> | null,
): void {
  const root = doc.documentElement;
  root.classList.add('js');
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse((storage && storage.getItem(config.key)) || '{}');
    if (parsed && typeof parsed === 'object') stored = parsed as Record<string, unknown>;
  } catch {
    // unreadable storage: defaults and URL still apply
  }
  const params = new URLSearchParams(search);
  if (params.get(config.print.param) === '1') root.setAttribute(config.print.attribute, '');
  for (const name of Object.keys(config.options)) {
    const allowed = config.options[name]!;
    let value = config.defaults[name]!;
    const fromStorage = stored[name];
    const fromUrl = params.get(name);
    if (typeof fromStorage === 'string' && allowed.includes(fromStorage)) value = fromStorage;
    if (fromUrl !== null && allowed.includes(fromUrl)) value = fromUrl;
    if (name === 'theme') {
      root.classList.toggle('dark', value === 'dark');
      root.classList.toggle('light', value === 'light');
    } else {
      root.setAttribute(`data-${name}`, value);
    }
  }
}

export const BOOT_CONFIG: BootConfig = {
  options: SETTING_OPTIONS,
  defaults: DEFAULT_SETTINGS as unknown as Record<string, string>,
  key: STORAGE_KEY,
  print: { param: PRINT_PARAM, attribute: PRINT_ATTRIBUTE },
};

/** The inline script: a constant built from code, never from user input. */
export const READER_BOOT_SCRIPT = `(${applyStartupSettings.toString()})(${JSON.stringify(BOOT_CONFIG)},document,location.search,(function(){try{return localStorage}catch(e){return null}})());`;

/** Server-rendered attributes for <html>, so pages without JavaScript get the defaults. */
export function defaultRootAttributes(settings: ReaderSettings = DEFAULT_SETTINGS) {
  return {
    'data-ruby': settings.ruby,
    'data-tones': settings.tones,
    'data-size': settings.size,
    'data-level': settings.level,
  } as const;
}
