import { describe, expect, it } from 'vitest';
import { checkTones, drillSyllables, drillWords, toneOfKey } from '@/lib/review/tone-drill';
import type { SavedWord } from '@/lib/saved-words/store';

const word = (hanzi: string, pinyin: string): SavedWord => ({
  hanzi,
  pinyin,
  meaning: 'm',
  sentence: '',
  savedAt: '2026-12-03T10:00:00.000Z',
});

describe('tone drill', () => {
  it('splits a saved word into its syllables, with a character per syllable where they match', () => {
    expect(drillSyllables(word('雷军', 'léi jūn'))).toEqual([
      { hanzi: '雷', toneless: 'lei', tone: 2, marked: 'léi' },
      { hanzi: '军', toneless: 'jun', tone: 1, marked: 'jūn' },
    ]);
    // Capitals, the neutral tone and ü: as the reader writes them.
    expect(drillSyllables(word('女的', 'Nǚ de'))?.map((s) => `${s.hanzi}${s.toneless}${s.tone}`)).toEqual([
      '女nü3',
      '的de5',
    ]);
    // Fewer characters than syllables (an erhua word written without 儿): no character per syllable.
    expect(drillSyllables(word('哪', 'nǎ r'))?.map((s) => s.hanzi)).toEqual([null, null]);
  });

  it('leaves out words whose pinyin is not tone-marked syllables', () => {
    expect(drillSyllables(word('雷军', ''))).toBeNull();
    expect(drillSyllables(word('雷军', 'Lei Jun (CEO)'))).toBeNull();
    expect(
      drillWords([word('小米', 'xiǎo mǐ'), word('雷军', '?'), word('银行', 'yín háng')]).map((w) => w.hanzi),
    ).toEqual(['小米', '银行']);
  });

  it('says per syllable whether the tone is right, with the chosen and the correct spelling', () => {
    const syllables = drillSyllables(word('雷军', 'léi jūn'))!;
    expect(checkTones(syllables, [3, 1])).toEqual([
      { right: false, chosen: 'lěi', correct: 'léi' },
      { right: true, chosen: 'jūn', correct: 'jūn' },
    ]);
    expect(checkTones(drillSyllables(word('我的', 'wǒ de'))!, [3, 4])).toEqual([
      { right: true, chosen: 'wǒ', correct: 'wǒ' },
      { right: false, chosen: 'dè', correct: 'de' },
    ]);
    expect(() => checkTones(syllables, [2])).toThrow('expected 2 tones, got 1');
  });

  it('reads tones from the keys 1–5 and 0 (neutral), nothing else', () => {
    expect(['1', '2', '3', '4', '5', '0', '6', 'a', 'Enter'].map(toneOfKey)).toEqual([
      1,
      2,
      3,
      4,
      5,
      5,
      null,
      null,
      null,
    ]);
  });
});
