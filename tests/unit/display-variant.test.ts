import { describe, expect, it } from 'vitest';
import { displayVariant } from '@/lib/routing/display-variant';

describe('display variants of static pages', () => {
  it('renders an article written another way at its display route', () => {
    expect(displayVariant(['articles', 'xiaomi-2018'], new URLSearchParams('pinyin=zhuyin'))).toEqual(['articles', 'xiaomi-2018', 'display']);
    expect(displayVariant(['articles', 'xiaomi-2018'], new URLSearchParams('script=traditional&ruby=off'))).toEqual(['articles', 'xiaomi-2018', 'display']);
  });

  it('serves the static page for the default writing, invalid values and other pages', () => {
    expect(displayVariant(['articles', 'xiaomi-2018'], new URLSearchParams('pinyin=marks&script=original&ruby=off'))).toBeNull();
    expect(displayVariant(['articles', 'xiaomi-2018'], new URLSearchParams('pinyin=klingon'))).toBeNull();
    expect(displayVariant(['glossary'], new URLSearchParams('pinyin=zhuyin'))).toBeNull();
    expect(displayVariant(['texts', 'abc'], new URLSearchParams('pinyin=zhuyin'))).toBeNull();
  });
});
