import { describe, expect, it } from 'vitest';
import { matchesQuery, searchKeysFor } from '@/lib/reader/term-filter';

const leiJun = searchKeysFor({
  simplified: '雷军',
  traditional: '雷軍',
  syllables: [
    { pinyin: 'léi', tone: 2 },
    { pinyin: 'jūn', tone: 1 },
  ],
  meanings: { de: 'Lei Jun, Gründer von Xiaomi', en: 'Lei Jun, founder of Xiaomi' },
  aliases: ['Lei Jun'],
});
const lvse = searchKeysFor({
  simplified: '绿色',
  syllables: [
    { pinyin: 'lǜ', tone: 4 },
    { pinyin: 'sè', tone: 4 },
  ],
  meanings: { en: 'green' },
  aliases: [],
});
const de = searchKeysFor({
  simplified: '觉得',
  syllables: [
    { pinyin: 'jué', tone: 2 },
    { pinyin: 'de', tone: 5 },
  ],
  meanings: { en: 'to think' },
  aliases: [],
});

describe('term filter', () => {
  it.each([
    '雷军',
    '雷',
    '雷軍',
    'leijun',
    'lei jun',
    'LeiJun',
    'léi jūn',
    'léijūn',
    'lei2 jun1',
    'lei2jun1',
    'Lei Jun',
    'gründer',
    'founder',
    'lei',
    '',
  ])('finds 雷军 by %j', (query) => expect(matchesQuery(leiJun, query)).toBe(true));

  it.each(['lei4 jun1', 'lèi', '军雷', 'xiaomi2', 'zhang'])('does not find 雷军 by %j', (query) => {
    expect(matchesQuery(leiJun, query)).toBe(false);
  });

  it('accepts ü typed as v, u, ü or u: (CC-CEDICT), and the neutral tone as 5 or 0', () => {
    for (const q of ['lvse', 'luse', 'lü se', 'lǜ sè', 'lv4 se4', 'lu4se4', 'lü4 se4', 'lu:4 se4'])
      expect(matchesQuery(lvse, q), q).toBe(true);
    for (const q of ['jue2 de5', 'jue2 de0', 'juede']) expect(matchesQuery(de, q), q).toBe(true);
  });
});
