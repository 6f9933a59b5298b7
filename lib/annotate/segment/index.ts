/**
 * Word segmentation of one Han run by dynamic programming over dictionary words: fewest words
 * first, then fewest single characters, curated words (glossary, overrides) preferred; on a tie
 * the shorter first word wins, which behaves like reverse maximum matching (和/尚未, not 和尚/未).
 */

export interface Lexicon {
  /** Cost class of `word` as one segment, or 0 if it is not a word. */
  weight(word: string): number;
  /** Probe (see ./bounds) for a word starting at code unit `at` of `text`. */
  probe(text: string, at: number): number;
  /** Probe for a three-character prefix. */
  probeTriple(prefix: string): number;
}

import { PAIR_CURATED, PAIR_NONE, PAIR_WORD, probeLength, probePair } from './bounds';

export { LengthBounds, PAIR_CURATED, PAIR_WORD, probeLength, probePair } from './bounds';

/** A word costs one unit; a lone character a little more, a curated word less. */
export const SEGMENT_COST = { word: 100, single: 110, curated: 50 } as const;

const PAIR_COST: Readonly<Record<number, number>> = {
  [PAIR_NONE]: 0,
  [PAIR_WORD]: SEGMENT_COST.word,
  [PAIR_CURATED]: SEGMENT_COST.curated,
};

/**
 * Splits `chars` (one string per character; `joined` is chars.join('')) into word lengths. Characters that start no word
 * become single-character segments, so the lengths always add up to chars.length.
 */
/** Work arrays shared by all calls (the segmenter is synchronous), grown on demand. */
let offsets = new Int32Array(256);
let cost = new Float64Array(256);
let choice = new Int32Array(256);

export function segmentRun(chars: readonly string[], joined: string, lexicon: Lexicon): number[] {
  const n = chars.length;
  if (n === 0) return [];
  if (n === 1) return [1];
  if (offsets.length <= n) {
    const size = 2 * (n + 1);
    offsets = new Int32Array(size);
    cost = new Float64Array(size);
    choice = new Int32Array(size);
  }
  // Typed arrays read as `number | undefined` under noUncheckedIndexedAccess; `?? 0` is never taken.
  offsets[0] = 0;
  chars.forEach((ch, i) => (offsets[i + 1] = (offsets[i] ?? 0) + ch.length));
  cost[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    let best = SEGMENT_COST.single + (cost[i + 1] ?? 0);
    let bestLen = 1;
    // Bounded by the first two characters: few headwords share a two-character prefix, and the
    // probe already says whether the pair is a word, so only longer words need a string lookup.
    const probe = lexicon.probe(joined, offsets[i] ?? 0);
    let max = Math.min(probeLength(probe), n - i);
    for (let len = 2; len <= max; len++) {
      let w: number;
      if (len === 2) w = PAIR_COST[probePair(probe)] ?? 0;
      else if (len === 3) {
        const triple = lexicon.probeTriple(joined.slice(offsets[i], offsets[i + 3]));
        max = Math.min(max, probeLength(triple));
        w = PAIR_COST[probePair(triple)] ?? 0;
      } else w = lexicon.weight(joined.slice(offsets[i], offsets[i + len]));
      if (w === 0) continue;
      const c = w + (cost[i + len] ?? 0);
      if (c < best) {
        best = c;
        bestLen = len;
      }
    }
    cost[i] = best;
    choice[i] = bestLen;
  }
  const out: number[] = [];
  for (let i = 0; i < n; ) {
    const len = choice[i] ?? 1;
    out.push(len);
    i += len;
  }
  return out;
}
