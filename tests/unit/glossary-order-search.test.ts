import { describe, expect, it } from 'vitest';
import type { Syllable, TermKind } from '@/lib/annotate/types';
import {
  exampleText,
  groupEntries,
  loadGlossaryEntries,
  localizedMeaning,
  meaningWithoutHeadword,
  parseGlossaryQuery,
  searchEntries,
  sortEntries,
  termPath,
  type GlossaryEntry,
} from '@/lib/glossary-index';

function entry(simplified: string, reading: string, kind: TermKind = 'word'): GlossaryEntry {
  const chars = [...simplified];
  const syllables: Syllable[] = reading.split(' ').map((s, i) => {
    const tone = Number(s.slice(-1)) as Syllable['tone'];
    return { hanzi: chars[i]!, pinyin: s.slice(0, -1), tone };
  });
  return {
    id: simplified,
    simplified,
    pinyin: reading,
    syllables,
    kind,
    meanings: {},
    aliases: [],
    curated: true,
    articles: [],
  };
}

describe('glossary order', () => {
  it('sorts by toneless pinyin syllable by syllable, then tone, then characters; ü after u', () => {
    const entries = [
      entry('先', 'xiān1'),
      entry('西安', 'xī1 ān1'),
      entry('卖', 'mài4'),
      entry('买', 'mǎi3'),
      entry('绿', 'lǜ4'),
      entry('路', 'lù4'),
      entry('马', 'mǎ3'),
      entry('妈', 'mā1'),
    ];
    expect(sortEntries(entries, 'pinyin').map((e) => e.id)).toEqual(['路', '绿', '妈', '马', '买', '卖', '西安', '先']);
  });

  it('sorts ü as u, after u where that is the only difference (路 lù, 绿 lǜ, 乱 luàn, 略 lüè, 论 lùn)', () => {
    const entries = [
      entry('论', 'lùn4'),
      entry('略', 'lüè4'),
      entry('乱', 'luàn4'),
      entry('绿', 'lǜ4'),
      entry('路', 'lù4'),
    ];
    expect(sortEntries(entries, 'pinyin').map((e) => e.id)).toEqual(['路', '绿', '乱', '略', '论']);
  });

  it('groups by the first letter of the pinyin, or by kind in a fixed order', () => {
    const entries = [
      entry('小米', 'xiǎo3 mǐ3', 'company'),
      entry('雷军', 'léi2 jūn1', 'person'),
      entry('李强', 'lǐ3 qiáng2', 'person'),
      entry('西安', 'xī1 ān1', 'place'),
    ];
    expect(groupEntries(entries, 'pinyin').map((g) => [g.key, g.entries.map((e) => e.id)])).toEqual([
      ['L', ['雷军', '李强']],
      ['X', ['西安', '小米']],
    ]);
    expect(groupEntries(entries, 'kind').map((g) => [g.key, g.entries.map((e) => e.id)])).toEqual([
      ['person', ['雷军', '李强']],
      ['company', ['小米']],
      ['place', ['西安']],
    ]);
  });

  it('orders the real glossary: first and last entries', () => {
    const ids = loadGlossaryEntries().map((e) => e.id);
    expect(ids.slice(0, 3)).toEqual(['阿里巴巴', '澳门', '百度']);
    expect(ids.at(-1)).toBe('字节跳动');
  });
});

describe('glossary search (the real glossary)', () => {
  const ids = (q: string) => searchEntries(loadGlossaryEntries(), q).map((e) => e.id);

  it.each(['leijun', 'lei jun', 'Lei Jun', 'lei2 jun1', 'léi jūn', '雷军', '雷軍'])('finds only 雷军 by %j', (q) => {
    expect(ids(q)).toEqual(['雷军']);
  });

  it.each(['lj', 'Gründer', 'founder', '创始人'])('finds 雷军 among others by %j', (q) => {
    expect(ids(q)).toContain('雷军');
  });

  it('finds nothing for a query that matches nothing, everything for an empty one', () => {
    expect(ids('xyzzy')).toEqual([]);
    expect(ids('')).toHaveLength(loadGlossaryEntries().length);
  });
});

describe('glossary query parameters', () => {
  it('reads q and sort, ignores repeats and invalid values', () => {
    expect(parseGlossaryQuery({ q: ' leijun ', sort: 'kind' })).toEqual({ q: 'leijun', sort: 'kind', offset: 0 });
    expect(parseGlossaryQuery({ q: ['lj', 'x'], sort: ['bogus'] })).toEqual({ q: 'lj', sort: 'pinyin', offset: 0 });
    expect(parseGlossaryQuery({})).toEqual({ q: '', sort: 'pinyin', offset: 0 });
    expect(parseGlossaryQuery({ q: 'x'.repeat(101) })).toEqual({ q: '', sort: 'pinyin', offset: 0 });
    // The dictionary results' page: a number from 0 to 10 000, anything else the first page.
    expect(parseGlossaryQuery({ q: 'bank', offset: '50' })).toEqual({ q: 'bank', sort: 'pinyin', offset: 50 });
    expect(parseGlossaryQuery({ offset: ['-5'] }).offset).toBe(0);
    expect(parseGlossaryQuery({ offset: '10001' }).offset).toBe(0);
    expect(parseGlossaryQuery({ offset: 'x' }).offset).toBe(0);
  });
});

describe('localized meaning', () => {
  it('uses the UI language, then English, then German, and says which', () => {
    expect(localizedMeaning({ de: 'Hirse', en: 'millet', zh: '小米' }, 'zh')).toEqual({ text: '小米', locale: 'zh' });
    expect(localizedMeaning({ de: 'Hirse', en: 'millet' }, 'zh')).toEqual({ text: 'millet', locale: 'en' });
  });

  it('drops the headword a meaning opens with, and only with a separator after it', () => {
    expect(meaningWithoutHeadword('雷军，小米创始人', '雷军')).toBe('小米创始人');
    expect(meaningWithoutHeadword('Lei Jun, founder of Xiaomi', '雷军')).toBe('Lei Jun, founder of Xiaomi');
    expect(meaningWithoutHeadword('小米公司', '小米')).toBe('小米公司');
    expect(meaningWithoutHeadword('小米，', '小米')).toBe('小米，');
    expect(localizedMeaning({ de: 'Hirse' }, 'en')).toEqual({ text: 'Hirse', locale: 'de' });
    expect(localizedMeaning({}, 'de')).toBeUndefined();
  });
});

describe('term page paths and example sentences', () => {
  it('puts the percent-encoded hanzi in the term path', () => {
    expect(termPath('雷军')).toBe('/glossary/%E9%9B%B7%E5%86%9B');
  });

  it('joins an example sentence back into its text', () => {
    expect(
      exampleText({
        mention: 8,
        parts: [
          { text: 'Laut ' },
          { text: 'Lei Jun', term: true },
          { text: ' (' },
          { text: '雷军', term: true },
          { text: ').' },
        ],
      }),
    ).toBe('Laut Lei Jun (雷军).');
    expect(exampleText({ mention: 0, parts: [] })).toBe('');
  });
});
