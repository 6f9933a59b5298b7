import { describe, expect, it } from 'vitest';
import { numberedToMarked } from '../../lib/annotate';
import {
  isValidSyllable,
  parseMarked,
  parseNumbered,
  parseNumberedReading,
  romanKey,
  splitRomanization,
  toneOfMarked,
} from '@/lib/pinyin/spelling';
import { withoutToneMarks } from '../../lib/pinyin/toneless';

describe('numbered → tone-marked pinyin', () => {
  it.each([
    ['lu:4', 'lǜ'],
    ['nu:3', 'nǚ'],
    ['Lu:e4', 'lüè'],
    ['nu:e4', 'nüè'],
    ['lv4', 'lǜ'],
    ['nü3', 'nǚ'],
    ['er2', 'ér'],
    ['r5', 'r'],
    ['xian1', 'xiān'],
    ['gui4', 'guì'],
    ['liu2', 'liú'],
    ['zhuang1', 'zhuāng'],
    ['ma5', 'ma'],
    ['ma0', 'ma'],
    ['ma', 'ma'],
    ['lei2 jun1', 'léi jūn'],
    ['Zeng1 Guo2 fan1', 'zēng guó fān'],
    ['hao3', 'hǎo'],
    ['zhou1', 'zhōu'],
    ['dou4', 'dòu'],
    ['xue2', 'xué'],
    ['jiong3', 'jiǒng'],
    ['hui4', 'huì'],
    ['shui3', 'shuǐ'],
    ['n2', 'ń'],
    ['m2', 'ḿ'],
    ['ng3', 'ňg'],
    ['hm5', 'hm'],
    ['e4', 'è'],
    ['ai4', 'ài'],
    ['ou1', 'ōu'],
    ['yue4', 'yuè'],
    // ü is written u after j, q, x, y; lue and nue only stand for lüe and nüe.
    ['jv1', 'jū'],
    ['qv4', 'qù'],
    ['xv2 jvan4', 'xú juàn'],
    ['yv3', 'yǔ'],
    ['lue4', 'lüè'],
    ['nue4', 'nüè'],
  ])('%s → %s', (numbered, marked) => {
    expect(numberedToMarked(numbered)).toBe(marked);
  });

  it('keeps tokens that are not pinyin, lowercased', () => {
    expect(numberedToMarked('A4 zhi3')).toBe('à zhǐ');
    expect(numberedToMarked('xx5 ,')).toBe('xx ,');
  });

  it('parses tone and toneless form', () => {
    expect(parseNumbered('Lu:e4')).toEqual({ marked: 'lüè', toneless: 'lüe', tone: 4 });
    expect(parseNumbered('de0')).toEqual({ marked: 'de', toneless: 'de', tone: 5 });
    expect(parseNumbered('zhong1')).toEqual({ marked: 'zhōng', toneless: 'zhong', tone: 1 });
    expect(parseNumbered('6')).toBeNull();
    expect(parseNumbered('ma6')).toBeNull();
  });

  it('validates whole readings against the syllable inventory', () => {
    expect(parseNumberedReading('lei2 jun1')?.map((s) => s.marked)).toEqual(['léi', 'jūn']);
    expect(parseNumberedReading('lei2 jxn1')).toBeNull();
    expect(parseNumberedReading('')).toBeNull();
    expect(isValidSyllable('lü')).toBe(true);
    expect(isValidSyllable('lv')).toBe(true);
    expect(isValidSyllable('r')).toBe(true);
    expect(isValidSyllable('bü')).toBe(false);
    expect(isValidSyllable('xx')).toBe(false);
  });
});

describe('tone-marked pinyin', () => {
  it('parses syllables as pinyin-pro prints them, including combining-mark forms', () => {
    expect(parseMarked('lǜ')).toEqual({ marked: 'lǜ', toneless: 'lü', tone: 4 });
    expect(parseMarked('de')).toEqual({ marked: 'de', toneless: 'de', tone: 5 });
    expect(parseMarked('ǹg')).toEqual({ marked: 'ǹg', toneless: 'ng', tone: 4 });
    expect(parseMarked('m\u0300')).toEqual({ marked: 'm\u0300', toneless: 'm', tone: 4 });
    expect(parseMarked('ê\u0304')).toEqual({ marked: 'ê\u0304', toneless: 'ê', tone: 1 });
    expect(parseMarked('ế')?.tone).toBe(2);
    expect(parseMarked('𠀀')).toBeNull();
    expect(parseMarked('mǎǎ')).toBeNull();
  });

  it.each([
    ['lǜ', 4],
    ['léi', 2],
    ['jūn', 1],
    ['hǎo', 3],
    ['hăo', 3],
    ['ma', 5],
    ['ḿ', 2],
  ] as const)('tone of %s is %i', (marked, tone) => {
    expect(toneOfMarked(marked)).toBe(tone);
  });

  it('strips tones but keeps ü', () => {
    expect(withoutToneMarks('lǜ')).toBe('lü');
    expect(withoutToneMarks('Zēng Guófān')).toBe('Zeng Guofan');
  });

  it('compares romanizations regardless of tones, case, ü and separators', () => {
    expect(romanKey('Chóngqìng')).toBe('chongqing');
    expect(romanKey("Xi'an")).toBe('xian');
    expect(romanKey('Lǚ Bù')).toBe('lubu');
    expect(romanKey('Lv Bu')).toBe('lubu');
  });

  it('splits romanizations into exactly as many syllables as characters', () => {
    expect(splitRomanization('Zēng Guófān', 3)).toEqual({
      toneless: ['zeng', 'guo', 'fan'],
      tones: [1, 2, 1],
      toned: true,
    });
    expect(splitRomanization('Chongqing', 2)).toEqual({ toneless: ['chong', 'qing'], tones: [0, 0], toned: false });
    expect(splitRomanization("Xī'ān", 2)?.toneless).toEqual(['xi', 'an']);
    expect(splitRomanization('Xian', 1)?.toneless).toEqual(['xian']);
    expect(splitRomanization('Xian', 2)?.toneless).toEqual(['xi', 'an']);
    expect(splitRomanization('lǚxíng', 2)).toEqual({ toneless: ['lü', 'xing'], tones: [3, 2], toned: true });
    expect(splitRomanization('lei2 jun1', 2)).toEqual({ toneless: ['lei', 'jun'], tones: [2, 1], toned: true });
    expect(splitRomanization('Chongqing', 3)).toBeNull();
    expect(splitRomanization('Café au lait', 2)).toBeNull();
    expect(splitRomanization('mǎǎ', 1)).toBeNull();
  });
});

describe('romanization splitting edge cases', () => {
  it('uses interjection syllables only as whole words and erhua r only at a word end', () => {
    expect(splitRomanization('yīdiǎnr', 3)?.toneless).toEqual(['yi', 'dian', 'r']);
    expect(splitRomanization('ń', 1)).toEqual({ toneless: ['n'], tones: [2], toned: true });
    expect(splitRomanization('rou', 2)).toBeNull();
  });
});
