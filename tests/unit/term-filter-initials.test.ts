import { describe, expect, it } from 'vitest';
import { matchesQuery, searchKeysFor } from '@/lib/reader/term-filter';

const term = (simplified: string, syllables: Array<[string, number]>) =>
  searchKeysFor({
    simplified,
    syllables: syllables.map(([pinyin, tone]) => ({ pinyin, tone })),
    meanings: {},
    aliases: [],
  });

const leiJun = term('雷军', [
  ['léi', 2],
  ['jūn', 1],
]);
const zhongGuo = term('中国', [
  ['zhōng', 1],
  ['guó', 2],
]);
const wangChuanfu = term('王传福', [
  ['wáng', 2],
  ['chuán', 2],
  ['fú', 2],
]);

describe('term filter: initials', () => {
  it.each(['lj', 'LJ', 'l j'])('finds 雷军 by %j', (query) => expect(matchesQuery(leiJun, query)).toBe(true));

  it('accepts zh, ch and sh as one letter or two, and a prefix of the initials', () => {
    for (const q of ['zg', 'zhg']) expect(matchesQuery(zhongGuo, q), q).toBe(true);
    for (const q of ['wcf', 'wchf', 'wc', 'wch']) expect(matchesQuery(wangChuanfu, q), q).toBe(true);
  });

  it('does not match other initials, or initials out of order', () => {
    for (const q of ['jl', 'lk', 'ljx']) expect(matchesQuery(leiJun, q), q).toBe(false);
    expect(matchesQuery(zhongGuo, 'gz')).toBe(false);
    expect(matchesQuery(wangChuanfu, 'cf')).toBe(false); // initials match from the first syllable
  });
});

describe('term filter: Chinese meanings', () => {
  const keys = searchKeysFor({
    simplified: '雷军',
    syllables: [
      { pinyin: 'léi', tone: 2 },
      { pinyin: 'jūn', tone: 1 },
    ],
    meanings: { zh: '雷军，小米创始人' },
    aliases: [],
  });
  it('finds a term by a word of its Chinese meaning', () => {
    expect(matchesQuery(keys, '创始人')).toBe(true);
    expect(matchesQuery(keys, '董事长')).toBe(false);
  });
});
