// Own file on purpose: vitest gives each file fresh modules, so nothing has loaded the dictionary yet.
import { describe, expect, it } from 'vitest';
import { annotate, isDictionaryLoaded } from '../../lib/annotate';

describe('lazy loading', () => {
  it('annotates text without Han characters from the glossary alone, without loading CC-CEDICT', async () => {
    const text = 'Der Xiaomi-CEO Lei Jun sprach in Leipzig; Lei lachte.';
    const result = await annotate(text);
    expect(isDictionaryLoaded()).toBe(false);
    expect(result.segments).toEqual([
      { type: 'plain', text: 'Der ' },
      { type: 'alias', text: 'Xiaomi', termId: '小米' },
      { type: 'plain', text: '-CEO ' },
      { type: 'alias', text: 'Lei Jun', termId: '雷军' },
      { type: 'plain', text: ' sprach in Leipzig; ' },
      { type: 'alias', text: 'Lei', termId: '雷军' },
      { type: 'plain', text: ' lachte.' },
    ]);
    expect(result.terms.map((t) => [t.id, t.pinyin, t.source, t.count])).toEqual([
      ['小米', 'xiǎo mǐ', 'glossary', 1],
      ['雷军', 'léi jūn', 'glossary', 2],
    ]);
    expect(result.terms[1]?.syllables).toEqual([
      { hanzi: '雷', pinyin: 'léi', tone: 2 },
      { hanzi: '军', pinyin: 'jūn', tone: 1 },
    ]);
  });

  it('handles the empty string without loading anything', async () => {
    expect(await annotate('')).toEqual({ segments: [], terms: [] });
    expect(isDictionaryLoaded()).toBe(false);
  });

  it('loads the dictionary once the first Han character appears', async () => {
    const result = await annotate('银行');
    expect(isDictionaryLoaded()).toBe(true);
    expect(result.segments).toMatchObject([{ type: 'term', pinyin: 'yín háng', source: 'dictionary' }]);
  });
});
