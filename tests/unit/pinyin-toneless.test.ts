import { describe, expect, it } from 'vitest';
import { tonelessPinyin, withoutToneMarks } from '@/lib/pinyin/toneless';

describe('tonelessPinyin: the key of every pinyin comparison and search', () => {
  it.each([
    ['lǜ', 'lu'],
    ['lü', 'lu'],
    ['lv', 'lu'],
    ['lu:', 'lu'],
    ['LV4', 'lu4'],
    ['nǚ', 'nu'],
    ['nüè', 'nue'],
    ['Lǚ Bù', 'lu bu'],
    ['Chóngqìng', 'chongqing'],
    ["Xī'ān", "xi'an"],
    ['ê̄', 'e'],
    ['zhōng1 guó2', 'zhong1 guo2'],
    ['xuě', 'xue'],
  ])('%j → %j', (input, expected) => {
    expect(tonelessPinyin(input)).toBe(expected);
  });
});

describe('withoutToneMarks: the spelling shown, ü and case kept', () => {
  it.each([
    ['lǜ', 'lü'],
    ['Lǚ Bù', 'Lü Bu'],
    ['Zēng Guófān', 'Zeng Guofan'],
    ['nüè', 'nüe'],
    ['mă', 'ma'],
  ])('%j → %j', (input, expected) => {
    expect(withoutToneMarks(input)).toBe(expected);
  });
});
