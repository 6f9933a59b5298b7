import { describe, expect, it } from 'vitest';
import { dictionaryWordAsked, isKnownPage } from '@/lib/routing/known-pages';

const content = { articleSlugs: new Set(['xiaomi-2018']), termIds: new Set(['雷军']) };
/** Shaped like a text id (22 base64url characters); whether it exists is the proxy's question. */
const TEXT_ID = 'AbCdEfGhIjKlMnOpQr_-12';

describe('isKnownPage', () => {
  it.each([
    [[]],
    [['articles', 'xiaomi-2018']],
    [['glossary']],
    [['glossary', '雷军']],
    [['saved']],
    [['review']],
    [['review', 'tones']],
    [['texts']],
    [['texts', 'new']],
    [['texts', TEXT_ID]],
    [['texts', TEXT_ID, 'manage']],
  ])('knows %j', (segments) => {
    expect(isKnownPage(segments, content)).toBe(true);
  });
  it.each([
    [['articles']],
    [['articles', 'nope']],
    [['articles', 'xiaomi-2018', 'x']],
    [['fr', 'x']],
    [['page-not-found', 'x']],
    [['glossary', '雷']],
    [['glossary', '雷军', 'x']],
    [['saved', 'x']],
    // Reached only through the proxy's rewrite of ?pinyin=…/?script=… (lib/routing/display-variant).
    [['articles', 'xiaomi-2018', 'display']],
    [['texts', 'new', 'x']],
    [['texts', TEXT_ID, 'x']],
    [['texts', TEXT_ID, 'manage', 'x']],
    [['texts', 'AbCdEf']],
  ])('rejects %j', (segments) => {
    expect(isKnownPage(segments, content)).toBe(false);
  });
});

describe('glossary pages of the whole dictionary', () => {
  const dictionary = { ...content, dictionaryWords: new Set(['雷', '银行', '銀行']) };

  it('knows a dictionary word, simplified or traditional, only when the dictionary has it', () => {
    expect(isKnownPage(['glossary', '雷'], dictionary)).toBe(true);
    expect(isKnownPage(['glossary', '銀行'], dictionary)).toBe(true);
    expect(isKnownPage(['glossary', '雷银吼'], dictionary)).toBe(false);
    expect(isKnownPage(['glossary', '银行', 'x'], dictionary)).toBe(false);
  });

  it('asks the dictionary only for word-shaped paths that are no term id', () => {
    expect(dictionaryWordAsked(['glossary', '银行'], content)).toBe('银行');
    expect(dictionaryWordAsked(['glossary', '雷军'], content)).toBeNull();
    expect(dictionaryWordAsked(['glossary', 'bank'], content)).toBeNull();
    expect(dictionaryWordAsked(['glossary', '银 行'], content)).toBeNull();
    expect(dictionaryWordAsked(['glossary', '银'.repeat(33)], content)).toBeNull();
    expect(dictionaryWordAsked(['articles', '银行'], content)).toBeNull();
    expect(dictionaryWordAsked(['glossary'], content)).toBeNull();
  });
});
