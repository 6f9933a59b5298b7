/** Syllables of the lexicon's syllable table ("yin2") as the engine uses them. */
import { parseNumbered, type PinyinSyllable } from '../../pinyin/spelling';

export function parseSyllable(numbered: string): PinyinSyllable {
  return parseNumbered(numbered) ?? { marked: '', toneless: '', tone: 5 };
}
