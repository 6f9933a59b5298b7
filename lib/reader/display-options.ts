/**
 * How the text and its readings are written: pinyin with tone marks, tone numbers or zhuyin
 * (bopomofo), and the characters as written, simplified or traditional. Unlike the reader
 * settings (./settings, applied by CSS on <html>), these change the page's text, so the server
 * renders them from the URL: they work without JavaScript, and a shared link fixes them.
 * Client-safe: no dependencies (the formatting is in ./display, server-side).
 */

export const DISPLAY_OPTIONS = {
  pinyin: ['marks', 'numbers', 'zhuyin'],
  script: ['original', 'simplified', 'traditional'],
} as const;

type DisplayName = keyof typeof DISPLAY_OPTIONS;
export type Display = { [K in DisplayName]: (typeof DISPLAY_OPTIONS)[K][number] };
export type PinyinForm = Display['pinyin'];
export type ScriptChoice = Display['script'];

export const DEFAULT_DISPLAY: Display = { pinyin: 'marks', script: 'original' };
export const DISPLAY_NAMES = Object.keys(DISPLAY_OPTIONS) as DisplayName[];

const first = (value: string | string[] | null | undefined) => (Array.isArray(value) ? value[0] : value);

/** The display a query asks for; anything unknown or invalid reads as the default, never an error. */
export function displayFromQuery(query: URLSearchParams | Record<string, string | string[] | undefined>): Display {
  const read = (name: DisplayName) => first(query instanceof URLSearchParams ? query.get(name) : query[name]);
  const out = { ...DEFAULT_DISPLAY };
  for (const name of DISPLAY_NAMES) {
    const value = read(name);
    if ((DISPLAY_OPTIONS[name] as readonly unknown[]).includes(value))
      (out as Record<DisplayName, string>)[name] = value as string;
  }
  return out;
}

export function isDefaultDisplay(display: Display): boolean {
  return DISPLAY_NAMES.every((name) => display[name] === DEFAULT_DISPLAY[name]);
}

/** The display as query parameters, defaults left out ("pinyin=zhuyin"): for links between pages. */
export function displayParams(display: Display): [string, string][] {
  return DISPLAY_NAMES.filter((name) => display[name] !== DEFAULT_DISPLAY[name]).map((name) => [name, display[name]]);
}
