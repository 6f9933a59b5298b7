/**
 * Words that none of the dictionaries lists, in CC-CEDICT's entry shape (traditional, simplified,
 * numbered pinyin, glosses). Each is a word whose reading cannot be guessed from its characters:
 * a literary place-name reading (会稽 kuài, not huì) or a technical term whose everyday character
 * reading is wrong (攒尖 cuán, not zǎn). Compiled into the lexicon with the CC-CEDICT entries.
 */
import type { RawEntry } from '../dictionary/load';

export const SUPPLEMENT: readonly RawEntry[] = [
  [
    '會稽',
    '会稽',
    'Kuai4 ji1',
    ['Kuaiji, ancient name of the city of Shaoxing 紹興|绍兴[Shao4 xing1], Zhejiang'],
    [],
    [],
  ],
  ['會稽山', '会稽山', 'Kuai4 ji1 Shan1', ['Mount Kuaiji, mountains in Shaoxing, Zhejiang'], [], []],
  ['攢尖', '攒尖', 'cuan2 jian1', ['pyramidal roof (of a pavilion or tower, converging to a point)'], [], []],
];
