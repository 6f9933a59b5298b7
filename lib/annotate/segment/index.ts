/**
 * Word segmentation of one Han run: the most probable sequence of words, each costing minus the
 * log of its frequency in running text (jieba's vocabulary, see ../lexicon), so that 都会给 splits
 * as 都/会/给 and 银行将 as 银行/将 where longest match took 都会 and 行将. Curated words (the
 * glossary, a teacher's corrections) cost next to nothing: they are never taken apart.
 *
 * The lexicon is probed with a hash extended one code unit at a time, and stops as soon as the
 * characters read so far start no headword: no substring is allocated on this, the hottest path.
 */
import { HASH_SEED, hashStep, type Lexicon } from '../lexicon';
import { costOfFrequency, UNKNOWN_CHARACTER_FREQUENCY } from '../lexicon/readings';
import { probeLength } from './bounds';
import { splitAccidentalWords } from './splits';

export { LengthBounds, PAIR_CURATED, probeLength, probePair } from './bounds';

export interface SegmentSources {
  /** Null only for texts read before the lexicon is loaded (no Han runs then). */
  lexicon: Lexicon | null;
  /** Probe (see ./bounds) of the curated words starting at code unit `at` of `text`. */
  curatedProbe(text: string, at: number): number;
  /** Cost of a curated word (see SEGMENT_COST), undefined for other words. */
  curatedCost(word: string): number | undefined;
}

export const SEGMENT_COST = {
  /** A teacher's correction: never taken apart. */
  override: 1,
  /** A glossary word: at most the cost of a common word, so it is kept whole, while a longer dictionary word (长沙市) may still contain it. */
  glossary: costOfFrequency(1e-6),
  /** A character no source lists. */
  unknown: costOfFrequency(UNKNOWN_CHARACTER_FREQUENCY),
} as const;

/** Work arrays shared by all calls (the segmenter is synchronous), grown on demand. */
let offsets = new Int32Array(256);
let cost = new Float64Array(256);
let choice = new Int32Array(256);
let phrase = new Uint8Array(256);

/**
 * Fills cost[i] and choice[i] for i in [from, to): the cheapest words from i to `to`. With
 * `phrases` false, jieba's phrases (see ../lexicon isPhrase) are left out.
 */
function solve(joined: string, from: number, to: number, sources: SegmentSources, phrases: boolean): void {
  cost[to] = 0;
  const lexicon = sources.lexicon;
  for (let i = to - 1; i >= from; i--) {
    const start = offsets[i] ?? 0;
    let best = SEGMENT_COST.unknown + (cost[i + 1] ?? 0);
    let bestLen = 1;
    let bestPhrase = 0;
    if (lexicon) {
      let h = HASH_SEED;
      let unit = start;
      for (let len = 1; i + len <= to; len++) {
        const end = offsets[i + len] ?? 0;
        for (; unit < end; unit++) h = hashStep(h, joined.charCodeAt(unit));
        const k = lexicon.findHashed(h, joined, start, end);
        if (k < 0) break;
        if (lexicon.isWord(k)) {
          const isPhrase = lexicon.isPhrase(k);
          const c = lexicon.cost(k) + (cost[i + len] ?? 0);
          if (c < best && (phrases || !isPhrase)) {
            best = c;
            bestLen = len;
            bestPhrase = isPhrase ? 1 : 0;
          }
        }
        if (!lexicon.isPrefix(k)) break;
      }
    }
    const curated = Math.min(probeLength(sources.curatedProbe(joined, start)), to - i);
    for (let len = 2; len <= curated; len++) {
      const own = sources.curatedCost(joined.slice(start, offsets[i + len]));
      if (own === undefined) continue;
      const c = own + (cost[i + len] ?? 0);
      if (c < best) {
        best = c;
        bestLen = len;
        bestPhrase = 0;
      }
    }
    cost[i] = best;
    choice[i] = bestLen;
    phrase[i] = bestPhrase;
  }
}

/**
 * Splits `chars` (one string per character; `joined` is chars.join('')) into word lengths that
 * add up to chars.length. A phrase of running text that no dictionary lists (银行行长) decides
 * the split but is returned as the dictionary words it is made of (银行, 行长); its character
 * span is appended to `phrasesOut` as (start, length) pairs, so that readers take its reading.
 */
export function segmentRun(
  chars: readonly string[],
  joined: string,
  sources: SegmentSources,
  phrasesOut?: number[],
): number[] {
  const n = chars.length;
  if (n === 0) return [];
  if (n === 1) return [1];
  if (offsets.length <= n) {
    const size = 2 * (n + 1);
    offsets = new Int32Array(size);
    cost = new Float64Array(size);
    choice = new Int32Array(size);
    phrase = new Uint8Array(size);
  }
  // Typed arrays read as `number | undefined` under noUncheckedIndexedAccess; `?? 0` is never taken.
  offsets[0] = 0;
  chars.forEach((ch, i) => (offsets[i + 1] = (offsets[i] ?? 0) + ch.length));
  solve(joined, 0, n, sources, true);
  const out: number[] = [];
  let spans: number[] | null = null;
  for (let i = 0; i < n;) {
    const len = choice[i] ?? 1;
    if (phrase[i]) (spans ??= []).push(i, len);
    out.push(len);
    i += len;
  }
  if (!spans) return withoutAccidentalWords(chars, out, sources);
  // Re-split each phrase into dictionary words (the arrays outside the span are not touched).
  const split: number[] = [];
  let at = 0;
  let next = 0;
  for (const len of out) {
    if (spans[next] === at) {
      solve(joined, at, at + len, sources, false);
      for (let i = at; i < at + len;) {
        const part = choice[i] ?? 1;
        split.push(part);
        i += part;
      }
      phrasesOut?.push(at, len);
      next += 2;
    } else split.push(len);
    at += len;
  }
  return withoutAccidentalWords(chars, split, sources);
}

function withoutAccidentalWords(chars: readonly string[], lengths: number[], sources: SegmentSources): number[] {
  const lexicon = sources.lexicon;
  if (lexicon) splitAccidentalWords(chars, lengths, (word) => lexicon.has(word));
  return lengths;
}
