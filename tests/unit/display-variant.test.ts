import { describe, expect, it } from 'vitest';
import { displayVariant } from '@/lib/routing/display-variant';

describe('display variants of static pages', () => {
  it('renders an article written another way at its display route', () => {
    expect(displayVariant(['articles', 'xiaomi-2018'], new URLSearchParams('pinyin=zhuyin'))).toEqual([
      'articles',
      'xiaomi-2018',
      'display',
    ]);
    expect(displayVariant(['articles', 'xiaomi-2018'], new URLSearchParams('script=traditional&ruby=off'))).toEqual([
      'articles',
      'xiaomi-2018',
      'display',
    ]);
  });

  it('renders an article at its display route when a link asks for other reader settings (shown without JavaScript too)', () => {
    for (const query of [
      'ruby=off',
      'tones=pleco&size=l',
      'level=3',
      'ruby=always&tones=standard&size=xl&theme=system&level=off&pinyin=marks&script=original',
    ]) {
      expect(displayVariant(['articles', 'xiaomi-2018'], new URLSearchParams(query)), query).toEqual([
        'articles',
        'xiaomi-2018',
        'display',
      ]);
    }
  });

  it('serves the static page for the default view, invalid values and other pages', () => {
    expect(displayVariant(['articles', 'xiaomi-2018'], new URLSearchParams('pinyin=marks&script=original'))).toBeNull();
    // A teacher's link with every setting at its default.
    expect(
      displayVariant(
        ['articles', 'xiaomi-2018'],
        new URLSearchParams(
          'ruby=always&tones=standard&size=m&theme=system&level=off&pinyin=marks&script=original&term=%E9%9B%B7%E5%86%9B',
        ),
      ),
    ).toBeNull();
    expect(
      displayVariant(['articles', 'xiaomi-2018'], new URLSearchParams('ruby=sideways&tones=rainbow&theme=dusk')),
    ).toBeNull();
    expect(displayVariant(['articles', 'xiaomi-2018'], new URLSearchParams('pinyin=klingon'))).toBeNull();
    expect(displayVariant(['glossary'], new URLSearchParams('pinyin=zhuyin'))).toBeNull();
    expect(displayVariant(['texts', 'abc'], new URLSearchParams('pinyin=zhuyin'))).toBeNull();
  });

  it("renders the page per request for a link's theme alone: without JavaScript, the server shows it", () => {
    expect(displayVariant(['articles', 'xiaomi-2018'], new URLSearchParams('theme=dark'))).toEqual([
      'articles',
      'xiaomi-2018',
      'display',
    ]);
  });
});
