/** How readings and characters are written when the reader asks for tone numbers, zhuyin or another script. */
import { describe, expect, it } from 'vitest';
import { getAnnotator } from '../../lib/annotate';
import { displayCharacters, formatReading } from '../../lib/reader/display';
import { displayFromQuery, displayParams } from '../../lib/reader/display-options';

async function term(text: string) {
  const [first] = (await getAnnotator()).annotate(text).terms;
  if (!first) throw new Error(`no term in ${text}`);
  return first;
}

describe('reading forms', () => {
  it('writes tone marks, tone numbers (neutral tone 5) and zhuyin (neutral dot first)', async () => {
    const words = await Promise.all(['银行', '绿色', '桌子', '女儿', '雷军'].map(term));
    expect(words.map((w) => formatReading(w.syllables, 'marks'))).toEqual([
      'yín háng',
      'lǜ sè',
      'zhuō zi',
      'nǚ ér',
      'léi jūn',
    ]);
    expect(words.map((w) => formatReading(w.syllables, 'numbers'))).toEqual([
      'yin2 hang2',
      'lü4 se4',
      'zhuo1 zi5',
      'nü3 er2',
      'lei2 jun1',
    ]);
    expect(words.map((w) => formatReading(w.syllables, 'zhuyin'))).toEqual([
      'ㄧㄣˊ ㄏㄤˊ',
      'ㄌㄩˋ ㄙㄜˋ',
      'ㄓㄨㄛ ˙ㄗ',
      'ㄋㄩˇ ㄦˊ',
      'ㄌㄟˊ ㄐㄩㄣ',
    ]);
  });
});

describe('scripts', () => {
  it('shows a word in the script asked for, by the dictionary form of its reading', async () => {
    const hair = await term('头发');
    expect(displayCharacters(['头', '发'], hair, 'traditional').join('')).toBe('頭髮');
    expect(displayCharacters(['头', '发'], hair, 'original').join('')).toBe('头发');
    const bank = await term('銀行');
    expect(displayCharacters(['銀', '行'], bank, 'simplified').join('')).toBe('银行');
    expect(displayCharacters(['銀', '行'], bank, 'original').join('')).toBe('銀行');
    const same = await term('小米');
    expect(displayCharacters(['小', '米'], same, 'traditional').join('')).toBe('小米');
  });
});

describe('display in the URL', () => {
  it('reads valid choices, falls back to the defaults for anything else', () => {
    expect(displayFromQuery(new URLSearchParams('pinyin=zhuyin&script=traditional'))).toEqual({
      pinyin: 'zhuyin',
      script: 'traditional',
    });
    expect(displayFromQuery({ pinyin: ['numbers', 'zhuyin'], script: '<b>' })).toEqual({
      pinyin: 'numbers',
      script: 'original',
    });
    expect(displayFromQuery(new URLSearchParams(''))).toEqual({ pinyin: 'marks', script: 'original' });
  });

  it('writes only what differs from the default into links', () => {
    expect(displayParams({ pinyin: 'marks', script: 'traditional' })).toEqual([['script', 'traditional']]);
    expect(displayParams({ pinyin: 'marks', script: 'original' })).toEqual([]);
  });
});
