import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY } from '@/lib/reader/display-options';
import { DEFAULT_SETTINGS } from '@/lib/reader/settings';
import { buildShareLink, isPrintRequested, readFocusTerm, withoutPrint, withPrint } from '@/lib/share/link';
import { applyStartupSettings, BOOT_CONFIG } from '@/lib/reader/boot-script';

const base = {
  origin: 'https://reader.example',
  path: '/articles/xiaomi-2018',
  settings: DEFAULT_SETTINGS,
  display: DEFAULT_DISPLAY,
};

describe('buildShareLink', () => {
  it('writes every reader setting and how the text is written into the link of the chosen language', () => {
    expect(
      buildShareLink({
        ...base,
        locale: 'en',
        settings: { ruby: 'off', tones: 'pleco', size: 'xl', theme: 'dark', level: '3' },
        display: { pinyin: 'zhuyin', script: 'traditional' },
      }),
    ).toBe(
      'https://reader.example/en/articles/xiaomi-2018?ruby=off&tones=pleco&size=xl&theme=dark&level=3&pinyin=zhuyin&script=traditional',
    );
  });

  it('leaves the language out when the student should decide', () => {
    expect(buildShareLink({ ...base, locale: null })).toBe(
      'https://reader.example/articles/xiaomi-2018?ruby=always&tones=standard&size=m&theme=system&level=off&pinyin=marks&script=original',
    );
  });

  it('adds the focused term, percent-encoded', () => {
    expect(buildShareLink({ ...base, locale: 'de', term: '雷军' })).toBe(
      'https://reader.example/de/articles/xiaomi-2018?ruby=always&tones=standard&size=m&theme=system&level=off&pinyin=marks&script=original&term=%E9%9B%B7%E5%86%9B',
    );
  });

  it("ends in the anchor of the term's first mention, for browsers without JavaScript", () => {
    expect(buildShareLink({ ...base, locale: 'de', term: '雷军', termMention: 3 })).toBe(
      'https://reader.example/de/articles/xiaomi-2018?ruby=always&tones=standard&size=m&theme=system&level=off&pinyin=marks&script=original&term=%E9%9B%B7%E5%86%9B#mention-3',
    );
    expect(buildShareLink({ ...base, locale: 'de', term: '', termMention: 3 })).not.toContain('#');
    expect(buildShareLink({ ...base, locale: 'de', term: '雷军', termMention: -1 })).not.toContain('#');
  });

  it('drops a malformed term instead of writing it', () => {
    expect(buildShareLink({ ...base, locale: 'de', term: '<b>x</b>' })).not.toContain('term=');
    expect(buildShareLink({ ...base, locale: 'de', term: '' })).not.toContain('term=');
  });
});

describe('readFocusTerm', () => {
  it.each([
    ['?term=%E9%9B%B7%E5%86%9B', '雷军'],
    ['?ruby=off&term=小米', '小米'],
    ['term=+%E4%B8%AD%E5%9B%BD+', '中国'],
  ])('reads %s', (search, term) => {
    expect(readFocusTerm(search)).toBe(term);
  });

  it.each([[''], ['?term='], ['?term=%3Cscript%3E'], ['?term=a%00b'], [`?term=${'字'.repeat(25)}`], ['?other=雷军']])(
    'ignores %j',
    (search) => {
      expect(readFocusTerm(search)).toBeNull();
    },
  );
});

describe('worksheet switch', () => {
  it('is on for print=1 only', () => {
    expect(isPrintRequested('?print=1')).toBe(true);
    expect(isPrintRequested('?print=true')).toBe(false);
    expect(isPrintRequested('?print=')).toBe(false);
    expect(isPrintRequested('')).toBe(false);
  });

  it('adds and removes the switch, keeping the other parameters', () => {
    expect(withPrint('?ruby=off&term=%E9%9B%B7%E5%86%9B')).toBe('?ruby=off&term=%E9%9B%B7%E5%86%9B&print=1');
    expect(withoutPrint('?ruby=off&print=1&size=l')).toBe('?ruby=off&size=l');
    expect(withoutPrint('?print=1')).toBe('');
  });

  it('the inline script marks <html> for ?print=1 and nothing else', () => {
    const run = (search: string) => {
      const attributes = new Map<string, string>();
      const root = {
        classList: { add() {}, toggle() {} },
        setAttribute: (name: string, value: string) => attributes.set(name, value),
      };
      applyStartupSettings(BOOT_CONFIG, { documentElement: root } as unknown as Document, search, null);
      return attributes.has('data-print');
    };
    expect(run('?ruby=off&print=1')).toBe(true);
    expect(run('?print=0')).toBe(false);
    expect(run('')).toBe(false);
  });
});
