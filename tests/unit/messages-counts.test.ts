import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { pickNamespaces } from '@/i18n/pick-namespaces';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';

// The messages that client components format with a count known only in the browser, through
// next-intl's own formatter: the plural of the noun and the number in the UI language.
const translators = {
  de: createTranslator({ locale: 'de', messages: de }),
  en: createTranslator({ locale: 'en', messages: en }),
  zh: createTranslator({ locale: 'zh', messages: zh }),
};

describe('count messages', () => {
  it.each([
    ['de', 0, 0, '0 von 0 Begriffen'],
    ['de', 1, 1, '1 von 1 Begriff'],
    ['de', 3, 1234, '3 von 1.234 Begriffen'],
    ['en', 0, 0, '0 of 0 terms'],
    ['en', 1, 1, '1 of 1 term'],
    ['en', 3, 1234, '3 of 1,234 terms'],
    ['zh', 0, 0, '共 0 个词语，显示 0 个'],
    ['zh', 1, 1, '共 1 个词语，显示 1 个'],
    ['zh', 3, 1234, '共 1,234 个词语，显示 3 个'],
  ] as const)('%s: the glossary search shows %i of %i terms', (locale, shown, total, expected) => {
    expect(translators[locale]('Glossary.resultCount', { shown, total })).toBe(expected);
  });

  it.each([
    ['de', 1, '1–1 von 1 Wort im Wörterbuch'],
    ['de', 7, '1–7 von 7 Wörtern im Wörterbuch'],
    ['en', 1, '1–1 of 1 dictionary word'],
    ['en', 7, '1–7 of 7 dictionary words'],
    ['zh', 7, '词典中共 7 个词语，显示第 1–7 个'],
  ] as const)('%s: the dictionary results count %i words', (locale, total, expected) => {
    expect(translators[locale]('Glossary.dictionaryResultCount', { from: 1, to: total, total })).toBe(expected);
  });

  it('numbers beyond a thousand are grouped as the UI language writes them', () => {
    const values = { from: 1001, to: 1050, total: 12345 };
    expect(translators.de('Glossary.dictionaryResultCount', values)).toBe(
      '1.001–1.050 von 12.345 Wörtern im Wörterbuch',
    );
    expect(translators.en('Glossary.dictionaryResultCount', values)).toBe('1,001–1,050 of 12,345 dictionary words');
  });

  it.each([
    ['de', 1, '1 Zeichen zu viel'],
    ['de', 1500, '1.500 Zeichen zu viel'],
    ['en', 1, '1 character over the limit'],
    ['en', 1500, '1,500 characters over the limit'],
    ['zh', 1500, '超出 1,500 个字符'],
  ] as const)('%s: the paste form says %i characters too many', (locale, over, expected) => {
    expect(translators[locale]('Texts.new.overLimit', { over })).toBe(expected);
  });

  it.each([
    ['de', 0, '0 von 100.000 Zeichen'],
    ['de', 1, '1 von 100.000 Zeichen'],
    ['en', 0, '0 of 100,000 characters'],
    ['en', 1, '1 of 100,000 characters'],
    ['zh', 1, '1 / 100,000 个字符'],
  ] as const)('%s: the paste form counts %i characters', (locale, count, expected) => {
    expect(translators[locale]('Texts.new.charCount', { count, max: 100_000 })).toBe(expected);
  });

  it.each([
    ['de', 1, '1 fällig'],
    ['de', 1200, '1.200 fällig'],
    ['en', 1200, '1,200 due'],
    ['zh', 3, '3 个待复习'],
  ] as const)('%s: the header says %i cards are due', (locale, count, expected) => {
    expect(translators[locale]('Header.dueCount', { count })).toBe(expected);
  });
});

describe('pickNamespaces', () => {
  it('keeps only the given namespaces, nested ones in their place', () => {
    const picked = pickNamespaces(de, ['Header', 'Texts.new']);
    expect(Object.keys(picked).sort()).toEqual(['Header', 'Texts']);
    expect(picked.Header).toEqual(de.Header);
    expect(Object.keys(picked.Texts!)).toEqual(['new']);
    expect(picked.Texts!.new).toEqual(de.Texts.new);
  });

  it('merges two namespaces below the same parent', () => {
    const picked = pickNamespaces(de, ['Texts.new', 'Texts.errors']);
    expect(Object.keys(picked.Texts!).sort()).toEqual(['errors', 'new']);
  });

  it('keeps single messages, each in its place, for a client component that formats only those', () => {
    const picked = pickNamespaces(de, ['Reader.position', 'Saved.saveLabel']);
    expect(picked).toEqual({ Reader: { position: de.Reader.position }, Saved: { saveLabel: de.Saved.saveLabel } });
  });

  it('refuses a namespace the catalog lacks', () => {
    // @ts-expect-error -- not a namespace of the catalog: the type refuses it too
    expect(() => pickNamespaces(de, ['Nope'])).toThrow('No Nope in the messages');
  });
});
