/**
 * What the engine tells about each word besides its reading: its HSK 2.0 level (from
 * chinese-lexicon's HSK lists, compiled into the lexicon) and its traditional form for this
 * reading (from CC-CEDICT), so the reader can filter by level and show traditional characters.
 */
import { describe, expect, it } from 'vitest';
import { getAnnotator } from '../../lib/annotate';

const facts = async (text: string) =>
  (await getAnnotator())
    .annotate(text)
    .terms.map((t) => `${t.simplified} ${t.traditional ?? '='} ${t.hsk ?? '-'}${t.hskEstimated ? '?' : ''}`);

describe('word facts', () => {
  it('gives HSK levels from the HSK 2.0 lists, none to words outside them', async () => {
    expect(await facts('我的银行还在。华侨')).toEqual([
      '我 = 1',
      '的 = 1',
      '银行 銀行 3',
      '还 還 2',
      '在 = 1',
      '华侨 華僑 6',
    ]);
    expect(await facts('雷军说')).toEqual(['雷军 雷軍 -', '说 說 1']);
  });

  it('estimates the level of a word the lists lack from its hardest character, never for names', async () => {
    // 今 (of 今天) and 年 are level 1; 半 level 3; 深圳 is a place.
    expect(await facts('今年下半年深圳')).toEqual(['今年 = 1?', '下半年 = 3?', '深圳 = -']);
  });

  it('takes the traditional form of the reading used here, the same form where one entry has it', async () => {
    expect(await facts('家和')).toEqual(['家 = 1', '和 = 1']);
    expect(await facts('头发')).toEqual(['头发 頭髮 3']);
    expect(await facts('发现')).toEqual(['发现 發現 3']);
    expect(await facts('干燥')).toEqual(['干燥 乾燥 5']);
  });

  it('keeps the form a traditional text was written in', async () => {
    expect(await facts('銀行')).toEqual(['银行 銀行 3']);
  });
});
