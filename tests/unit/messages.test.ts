import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';

const catalogs = { de, en, zh } as const;

function flatten(messages: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

describe('message catalogs', () => {
  const flat = Object.fromEntries(Object.entries(catalogs).map(([locale, messages]) => [locale, flatten(messages)]));
  const reference = [...flat.de!.keys()].sort();

  it.each(['en', 'zh'])('%s has exactly the keys of de', (locale) => {
    expect([...flat[locale]!.keys()].sort()).toEqual(reference);
  });

  it.each(Object.keys(catalogs))('every %s message is a non-empty string and valid ICU', (locale) => {
    for (const [key, value] of flat[locale]!) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
      expect(() => parse(value as string), `${locale}:${key}`).not.toThrow();
    }
  });

  it('uses the same ICU arguments in every language', () => {
    const argumentsOf = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    for (const key of reference) {
      const expected = argumentsOf(flat.de!.get(key) as string);
      for (const locale of ['en', 'zh'])
        expect(argumentsOf(flat[locale]!.get(key) as string), `${locale}:${key}`).toEqual(expected);
    }
  });

  it('rejects broken ICU (the check can fail)', () => {
    expect(() => parse('Hallo {name')).toThrow();
  });
});
