/**
 * Our tone convention for learners (docs/readings.md): citation tones. A syllable is written with
 * the neutral tone only where the character has no other tone in that use: particles and
 * suffixes (的 了 吗 们 子 …). Words that Beijing speech reads with a light second syllable
 * (认识 rènshi, 东西 dōngxi) show the character's full tone (rènshí, dōngxī), as Taiwan's
 * dictionaries print them and as careful speech says them: never a tone the character lacks.
 * 一 and 不 keep their dictionary tone (yī, bù); sandhi is left to the reader, as dictionaries do.
 */
import type { PinyinSyllable } from '../../pinyin/spelling';

/** Characters whose neutral tone in a word is grammatical (particles, suffixes, erhua): kept. */
const NEUTRAL_CHARACTERS = '的地得了着过吗呢吧啊么啦哦哟呗咯喔嘛呀哪哇哩罢们子头边儿卜巴个' as const;

const neutral = new Set(Array.from(NEUTRAL_CHARACTERS));

/** Characters whose tone dictionaries of running speech change by sandhi: their citation tone. */
const CITATION: Readonly<Record<string, string>> = { 一: 'yī', 不: 'bù' };

/**
 * `reading` of the word `chars` in our convention. `readingsOf(ch)` lists a character's readings,
 * most common first; a neutral syllable takes the first full-tone reading with the same letters.
 */
export function toCitationTones(
  chars: readonly string[],
  reading: readonly PinyinSyllable[],
  readingsOf: (ch: string) => readonly PinyinSyllable[],
): PinyinSyllable[] {
  return reading.map((s, i) => {
    const ch = chars[i] ?? '';
    const fixed = CITATION[ch];
    if (fixed !== undefined) return readingsOf(ch).find((r) => r.marked === fixed) ?? s;
    if (s.tone !== 5 || neutral.has(ch)) return s;
    return readingsOf(ch).find((r) => r.toneless === s.toneless && r.tone !== 5) ?? s;
  });
}
