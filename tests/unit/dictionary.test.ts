/**
 * The whole dictionary (lib/dictionary) over the real compiled lexicon: word pages' data and the
 * search's ranking (exact > prefix > the rest, then frequency) for every way a learner types a word.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getDictionary, isWordShaped, SearchRequestSchema, WordSchema, type Dictionary } from '@/lib/dictionary';

let dictionary: Dictionary;
beforeAll(async () => {
  dictionary = await getDictionary();
});

const top = (query: string, n: number) =>
  dictionary.search(query, { limit: n }).hits.map((h) => `${h.word} ${h.pinyin} ${h.match}`);

describe('dictionary search ranking', () => {
  it('finds 银行 first for toneless pinyin, with or without spaces and capitals', () => {
    const expected = [
      '银行 yín háng exact',
      '印航 yìn háng exact',
      '银行家 yín háng jiā prefix',
      '银行卡 yín háng kǎ prefix',
      '银行业 yín háng yè prefix',
    ];
    expect(top('yinhang', 5)).toEqual(expected);
    expect(top('yin hang', 5)).toEqual(expected);
    expect(top('YinHang', 5)).toEqual(expected);
    expect(dictionary.search('yinhang').total).toBe(7);
  });

  it('uses tone numbers, on every syllable or only some', () => {
    const expected = [
      '银行 yín háng exact',
      '银行家 yín háng jiā prefix',
      '银行卡 yín háng kǎ prefix',
      '银行业 yín háng yè prefix',
    ];
    expect(top('yin2hang2', 4)).toEqual(expected);
    expect(top('yin2 hang', 4)).toEqual(expected);
    // Without the first tone, 印航 yìn háng matches too.
    expect(top('yin hang2', 3)).toEqual(['银行 yín háng exact', '印航 yìn háng exact', '银行家 yín háng jiā prefix']);
    expect(top('hang2', 3)).toEqual(['行 háng exact', '杭 háng exact', '航 háng exact']);
  });

  it('uses tone marks', () => {
    expect(top('yínháng', 3)).toEqual([
      '银行 yín háng exact',
      '银行家 yín háng jiā prefix',
      '银行卡 yín háng kǎ prefix',
    ]);
    expect(top('yìnháng', 1)).toEqual(['印航 yìn háng exact']);
  });

  it('finds words by their initials, frequent words first', () => {
    expect(top('yh', 5)).toEqual([
      '以后 yǐ hòu prefix',
      '银行 yín háng prefix',
      '用户 yòng hù prefix',
      '议会 yì huì prefix',
      '沿海 yán hǎi prefix',
    ]);
    expect(top('zg', 2)).toEqual(['中国 zhōng guó prefix', '这个 zhè ge prefix']);
  });

  it('finds words by English meaning: a whole sense first, the more frequent word first', () => {
    expect(top('bank', 3)).toEqual(['银行 yín háng exact', '岸 àn exact', '滨 bīn exact']);
    expect(top('bank card', 3)).toEqual([
      '银行卡 yín háng kǎ exact',
      '牡丹卡 mǔ dān kǎ partial',
      '中国银联 zhōng guó yín lián partial',
    ]);
    // Only words too common to search by: nothing rather than everything.
    expect(dictionary.search('the').total).toBe(0);
  });

  it('finds hanzi: the word itself, then words beginning with it; traditional input too', () => {
    expect(top('银', 4)).toEqual(['银 yín exact', '银行 yín háng prefix', '银子 yín zi prefix', '银鱼 yín yú prefix']);
    expect(top('銀行', 2)).toEqual(['银行 yín háng exact', '银行家 yín háng jiā prefix']);
  });

  it('pages through the results and gives each hit its glosses', () => {
    const all = dictionary.search('yinhang', { limit: 50 });
    const second = dictionary.search('yinhang', { limit: 2, offset: 2 });
    expect(second.total).toBe(all.total);
    expect(second.hits).toEqual(all.hits.slice(2, 4));
    expect(all.hits[0]).toEqual({ word: '银行', pinyin: 'yín háng', gloss: 'bank', match: 'exact' });
    expect(dictionary.search('   ').total).toBe(0);
    expect(dictionary.search('qqqqxx').hits).toEqual([]);
  });
});

describe('dictionary words', () => {
  it('lists every reading of 还 with its entries', () => {
    const word = dictionary.lookup('还');
    expect(word?.readings.map((r) => [r.pinyin, r.entries.map((e) => e.senses[0])])).toEqual([
      ['hái', ['still']],
      ['huán', ['surname Huan', 'to pay back']],
    ]);
    expect(word?.traditional).toEqual(['還']);
    expect(word?.characters).toEqual([]);
  });

  it('breaks a word into its characters with their reading and meaning in it', () => {
    const word = dictionary.lookup('银行');
    expect(word?.readings.map((r) => r.pinyin)).toEqual(['yín háng']);
    expect(word?.characters.map((c) => `${c.hanzi} ${c.pinyin} ${c.gloss} ${c.hasPage}`)).toEqual([
      '银 yín silver true',
      '行 háng row true',
    ]);
  });

  it('gives the HSK level: listed, estimated from the characters, or none', () => {
    expect(dictionary.lookup('银行')?.hsk).toEqual({ level: 3, estimated: false });
    expect(dictionary.lookup('銀行')?.hsk).toEqual({ level: 3, estimated: false });
    expect(dictionary.lookup('今年')?.hsk).toEqual({ level: 1, estimated: true });
    expect(dictionary.lookup('饕餮')?.hsk).toBeNull();
  });

  it('gives a traditional headword the same entries', () => {
    const word = dictionary.lookup('銀行');
    expect(word?.simplified).toBe('银行');
    expect(word?.readings[0]?.entries[0]?.senses).toEqual(['bank']);
    expect(dictionary.hasPage('銀行')).toBe(true);
  });

  it('has no page for words the dictionary does not list', () => {
    expect(dictionary.lookup('银行行长')).toBeNull(); // a phrase of the word list only, shown as 银行 + 行长
    expect(dictionary.hasPage('雷银吼')).toBe(false);
    expect(dictionary.hasPage('bank')).toBe(false);
    expect(dictionary.hasPage('雷')).toBe(true);
  });
});

describe('dictionary input validation', () => {
  it('accepts 1 to 32 Han characters only', () => {
    expect(isWordShaped('银行')).toBe(true);
    expect(isWordShaped('𠀀')).toBe(true);
    expect(isWordShaped('')).toBe(false);
    expect(isWordShaped('银 行')).toBe(false);
    expect(isWordShaped('银'.repeat(33))).toBe(false);
    expect(WordSchema.safeParse('a').success).toBe(false);
  });

  it('parses search requests strictly', () => {
    expect(SearchRequestSchema.parse({ q: ' yinhang ' })).toEqual({ q: 'yinhang', limit: 20, offset: 0 });
    expect(SearchRequestSchema.parse({ q: ['bank', 'x'], limit: '50', offset: '10' })).toEqual({
      q: 'bank',
      limit: 50,
      offset: 10,
    });
    expect(SearchRequestSchema.safeParse({ q: '' }).success).toBe(false);
    expect(SearchRequestSchema.safeParse({ q: 'x'.repeat(101) }).success).toBe(false);
    expect(SearchRequestSchema.safeParse({ q: 'x', limit: '51' }).success).toBe(false);
    expect(SearchRequestSchema.safeParse({ q: 'x', offset: '-1' }).success).toBe(false);
  });
});
