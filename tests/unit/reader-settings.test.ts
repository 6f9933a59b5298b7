import { describe, expect, it } from 'vitest';
import { applyStartupSettings, BOOT_CONFIG, READER_BOOT_SCRIPT } from '@/lib/reader/boot-script';
import {
  DEFAULT_SETTINGS,
  linkSettingAttributes,
  readRootSettings,
  resolveSettings,
  settingsFromQuery,
  settingsFromStorage,
  STORAGE_KEY,
  writeSettingsToQuery,
} from '@/lib/reader/settings';

describe('reader settings', () => {
  it('reads valid settings from the query and ignores the rest', () => {
    expect(settingsFromQuery('?ruby=off&tones=pleco&size=huge&theme=dark&level=3&x=1')).toEqual({
      ruby: 'off',
      tones: 'pleco',
      theme: 'dark',
      level: '3',
    });
    expect(settingsFromQuery('?level=7')).toEqual({});
    expect(settingsFromQuery('')).toEqual({});
  });

  it('reads stored settings and survives garbage', () => {
    expect(settingsFromStorage('{"ruby":"hover","size":"xl","tones":42}')).toEqual({ ruby: 'hover', size: 'xl' });
    expect(settingsFromStorage('not json')).toEqual({});
    expect(settingsFromStorage('null')).toEqual({});
    expect(settingsFromStorage(null)).toEqual({});
  });

  it('lets the URL win over storage, and storage over defaults', () => {
    expect(resolveSettings({ ruby: 'off', size: 'l' }, { ruby: 'hover' })).toEqual({
      ...DEFAULT_SETTINGS,
      ruby: 'hover',
      size: 'l',
    });
  });

  it('writes every setting into the query and keeps other parameters', () => {
    expect(
      writeSettingsToQuery('?term=%E9%9B%B7%E5%86%9B', {
        ruby: 'off',
        tones: 'off',
        size: 's',
        theme: 'light',
        level: '3',
      }),
    ).toBe('?term=%E9%9B%B7%E5%86%9B&ruby=off&tones=off&size=s&theme=light&level=3');
  });
});

/** A minimal <html> stand-in: the boot script only touches classList and attributes, readRootSettings reads classes and data attributes. */
function fakeDocument() {
  const classes = new Set<string>();
  const attributes = new Map<string, string>();
  const documentElement = {
    classList: {
      add: (c: string) => classes.add(c),
      toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)),
      contains: (c: string) => classes.has(c),
    },
    setAttribute: (name: string, value: string) => attributes.set(name, value),
    get dataset() {
      return Object.fromEntries(
        [...attributes]
          .filter(([name]) => name.startsWith('data-'))
          .map(([name, value]) => [name.slice('data-'.length), value]),
      );
    },
  };
  return { doc: { documentElement } as unknown as Document, classes, attributes };
}

describe('settings read back from <html>', () => {
  const root = (classes: string[], dataset: Record<string, string>) => ({
    classList: { contains: (c: string) => classes.includes(c) },
    dataset,
  });

  it('reads the theme from the class and the others from data attributes', () => {
    expect(readRootSettings(root(['js', 'dark'], { ruby: 'off', tones: 'pleco', size: 'xl', level: '4' }))).toEqual({
      ruby: 'off',
      tones: 'pleco',
      size: 'xl',
      theme: 'dark',
      level: '4',
    });
    expect(readRootSettings(root(['light'], { ruby: 'hover', tones: 'standard', size: 's' }))).toEqual({
      ruby: 'hover',
      tones: 'standard',
      size: 's',
      theme: 'light',
      level: 'off',
    });
  });

  it('reads missing or invalid attributes as the defaults', () => {
    expect(readRootSettings(root([], {}))).toEqual(DEFAULT_SETTINGS);
    expect(readRootSettings(root(['js'], { ruby: 'sideways', tones: 'off', size: '<script>' }))).toEqual({
      ...DEFAULT_SETTINGS,
      tones: 'off',
    });
  });

  it('reads back what the boot script wrote', () => {
    const { doc } = fakeDocument();
    applyStartupSettings(BOOT_CONFIG, doc, '?ruby=hover&theme=dark&level=2', {
      getItem: () => '{"size":"l","tones":"hanping"}',
    });
    expect(readRootSettings(doc.documentElement)).toEqual({
      ruby: 'hover',
      tones: 'hanping',
      size: 'l',
      theme: 'dark',
      level: '2',
    });
  });
});

describe('startup settings (the inline boot script)', () => {
  const storage = (value: string | null) => ({ getItem: (key: string) => (key === STORAGE_KEY ? value : null) });

  it.each([
    ['', null],
    ['?ruby=off&theme=dark', null],
    ['?ruby=bogus', '{"ruby":"hover","tones":"hanping","theme":"light"}'],
    ['?size=xl', 'corrupt'],
  ])('agrees with resolveSettings for query %j and storage %j', (search, stored) => {
    const { doc, classes, attributes } = fakeDocument();
    applyStartupSettings(BOOT_CONFIG, doc, search, storage(stored));
    const expected = resolveSettings(settingsFromStorage(stored), settingsFromQuery(search));
    expect(attributes.get('data-ruby')).toBe(expected.ruby);
    expect(attributes.get('data-tones')).toBe(expected.tones);
    expect(attributes.get('data-size')).toBe(expected.size);
    expect(classes.has('dark')).toBe(expected.theme === 'dark');
    expect(classes.has('light')).toBe(expected.theme === 'light');
    expect(classes.has('js')).toBe(true);
  });

  it('works without storage', () => {
    const { doc, attributes } = fakeDocument();
    applyStartupSettings(BOOT_CONFIG, doc, '?ruby=hover', null);
    expect(attributes.get('data-ruby')).toBe('hover');
  });

  it('is a self-contained script (runs with nothing but the browser globals)', () => {
    const { doc, attributes } = fakeDocument();
    const run = new Function('document', 'location', 'localStorage', READER_BOOT_SCRIPT);
    run(doc, { search: '?tones=pleco' }, storage('{"size":"l"}'));
    expect(attributes.get('data-tones')).toBe('pleco');
    expect(attributes.get('data-size')).toBe('l');
  });
});

describe("a link's settings rendered by the server", () => {
  it('reads a page query, taking the first of repeated values and ignoring invalid ones', () => {
    expect(settingsFromQuery({ ruby: ['off', 'always'], tones: 'rainbow', size: 'l', page: '2' })).toEqual({
      ruby: 'off',
      size: 'l',
    });
  });

  it('become data attributes of the reader', () => {
    expect(linkSettingAttributes({ ruby: 'hover', tones: 'pleco', size: 'xl', theme: 'dark', level: '3' })).toEqual({
      'data-ruby': 'hover',
      'data-tones': 'pleco',
      'data-size': 'xl',
      'data-theme': 'dark',
      'data-level': '3',
    });
    expect(linkSettingAttributes({})).toEqual({});
  });
});
