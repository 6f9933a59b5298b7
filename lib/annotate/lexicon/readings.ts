/**
 * The default reading of a multi-character word, decided at build time from three sources:
 * 现代汉语词典 (the standard), jieba's vocabulary (frequent words of running text) and CC-CEDICT
 * (which knows proper nouns and transliterations best). A standard or jieba reading wins when
 * CC-CEDICT agrees with it or does not know the word; otherwise CC-CEDICT's entry (勃艮第 Bógèndì,
 * where the word list says gěn).
 */
import { chooseEntry, type Candidate } from '../dictionary/select';
import type { PinyinSyllable } from '../../pinyin/spelling';

/** Frequency given to words that only CC-CEDICT lists (the word list's rarest words are 2e-12). */
export const RARE_WORD_FREQUENCY = 1e-12;
/** Frequency of a character that no source lists as a word of its own. */
export const UNKNOWN_CHARACTER_FREQUENCY = 1e-13;

/** Segmentation cost of a word: minus the log of its relative frequency. */
export function costOfFrequency(frequency: number): number {
  return -Math.log(frequency);
}

const key = (r: readonly PinyinSyllable[]): string => r.map((s) => `${s.toneless}${s.tone}`).join(' ');

export function chooseWordReading(
  entries: readonly Candidate[],
  standard: readonly PinyinSyllable[] | null,
  jieba: readonly PinyinSyllable[] | null,
  convention: (r: readonly PinyinSyllable[]) => PinyinSyllable[],
): readonly PinyinSyllable[] | null {
  const known = new Set(entries.filter((c) => !c.variantOnly).map((c) => key(convention(c.syllables))));
  for (const listed of [standard, jieba]) {
    if (listed && (known.size === 0 || known.has(key(convention(listed))))) return listed;
  }
  return chooseEntry(entries, null, false)?.syllables ?? standard ?? jieba;
}
