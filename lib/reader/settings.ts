/**
 * Reader settings: what a learner sets in the toolbar, carried in the URL (so a shared link opens
 * the same view) and kept in localStorage. Client-safe: no dependencies.
 */

export const SETTING_OPTIONS = {
  ruby: ['always', 'hover', 'off'],
  tones: ['off', 'standard', 'pleco', 'hanping'],
  size: ['s', 'm', 'l', 'xl'],
  theme: ['system', 'light', 'dark'],
  /** "Pinyin and highlights only above my level": words of HSK levels up to this one read as plain text. */
  level: ['off', '1', '2', '3', '4', '5', '6'],
} as const;

export type SettingName = keyof typeof SETTING_OPTIONS;
export type ReaderSettings = { [K in SettingName]: (typeof SETTING_OPTIONS)[K][number] };

export const DEFAULT_SETTINGS: ReaderSettings = {
  ruby: 'always',
  tones: 'standard',
  size: 'm',
  theme: 'system',
  level: 'off',
};

export const SETTING_NAMES = Object.keys(SETTING_OPTIONS) as SettingName[];

export const STORAGE_KEY = 'hanzi-reader:settings';

function isOption<K extends SettingName>(name: K, value: unknown): value is ReaderSettings[K] {
  return (SETTING_OPTIONS[name] as readonly unknown[]).includes(value);
}

/** The valid settings found in a source; unknown names and invalid values are ignored, never an error. */
function pickSettings(read: (name: SettingName) => unknown): Partial<ReaderSettings> {
  const picked: Partial<Record<SettingName, string>> = {};
  for (const name of SETTING_NAMES) {
    const value = read(name);
    if (isOption(name, value)) picked[name] = value;
  }
  return picked as Partial<ReaderSettings>;
}

/** From a query string, URLSearchParams, or a page's searchParams (the first of repeated values). */
export function settingsFromQuery(
  search: string | URLSearchParams | Record<string, string | string[] | undefined>,
): Partial<ReaderSettings> {
  if (typeof search === 'string' || search instanceof URLSearchParams) {
    const params = typeof search === 'string' ? new URLSearchParams(search) : search;
    return pickSettings((name) => params.get(name));
  }
  return pickSettings((name) => {
    const value = search[name];
    return Array.isArray(value) ? value[0] : value;
  });
}

export function settingsFromStorage(json: string | null): Partial<ReaderSettings> {
  if (!json) return {};
  try {
    const stored: unknown = JSON.parse(json);
    if (!stored || typeof stored !== 'object') return {};
    return pickSettings((name) => (stored as Record<string, unknown>)[name]);
  } catch {
    return {};
  }
}

/** Defaults, overridden by what was stored, overridden by the URL: a shared link wins. */
export function resolveSettings(
  fromStorage: Partial<ReaderSettings>,
  fromQuery: Partial<ReaderSettings>,
): ReaderSettings {
  return { ...DEFAULT_SETTINGS, ...fromStorage, ...fromQuery };
}

/** What the settings are read from on <html>: the theme as a class, the others as data attributes. */
interface SettingsRoot {
  classList: { contains(token: string): boolean };
  dataset: Readonly<Record<string, string | undefined>>;
}

/**
 * The settings as <html> shows them (the boot script and the toolbar keep them there); what is
 * missing or invalid reads as the default.
 */
export function readRootSettings(root: SettingsRoot): ReaderSettings {
  const theme = root.classList.contains('dark') ? 'dark' : root.classList.contains('light') ? 'light' : 'system';
  return { ...DEFAULT_SETTINGS, ...pickSettings((name) => (name === 'theme' ? theme : root.dataset[name])) };
}

/** The query string with every setting written in (other parameters and their order kept). */
export function writeSettingsToQuery(search: string, settings: ReaderSettings): string {
  const params = new URLSearchParams(search);
  for (const name of SETTING_NAMES) params.set(name, settings[name]);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * A link's settings as data attributes for the reader's wrapper, rendered by the server so that a
 * shared link shows its view without JavaScript too (app/globals.css reads them only then; the
 * theme colours the whole page from here through :has(), see THEME_SELECTORS in tone-colors.ts).
 */
export function linkSettingAttributes(settings: Partial<ReaderSettings>): Record<`data-${string}`, string> {
  const attributes: Record<`data-${string}`, string> = {};
  for (const name of SETTING_NAMES) {
    const value = settings[name];
    if (value !== undefined) attributes[`data-${name}`] = value;
  }
  return attributes;
}

/** Whether the query asks for anything but the default view (the static page shows the default). */
export function hasLinkSettings(settings: Partial<ReaderSettings>): boolean {
  return SETTING_NAMES.some((name) => settings[name] !== undefined && settings[name] !== DEFAULT_SETTINGS[name]);
}
