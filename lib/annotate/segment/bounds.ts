/**
 * What may start at a position of a Han run, answered from the first two characters with one
 * integer-keyed Map lookup: the longest word with that two-character prefix, and whether the
 * pair itself is a word. The segmenter asks this once per character, the hottest path on long
 * texts; integer keys (small enough to stay V8 "Smis") spare a substring, a string hash and
 * most dictionary probes, since most words are two characters long.
 */

/** Class of a two-character word, in the low bits of a probe result. */
const PAIR_NONE = 0;
const PAIR_WORD = 1;
export const PAIR_CURATED = 2;

/** Probe result: (longest length << 2) | pair class. */
export function probeLength(probe: number): number {
  return probe >> 2;
}

export function probePair(probe: number): number {
  return probe & 3;
}

const BMP_SPAN = 28_161;

/** Dense index of a BMP Han code unit (〇, Ext A, URO, compatibility block), -1 otherwise. */
function bmpIndex(c: number): number {
  if (c >= 0x3400 && c <= 0x9fff) return c - 0x3400;
  if (c >= 0xf900 && c <= 0xfaff) return c - 0xf900 + 0x6c00;
  return c === 0x3007 ? BMP_SPAN - 1 : -1;
}

export class LengthBounds {
  private readonly small = new Map<number, number>();
  /** Pairs involving supplementary-plane characters, keyed by the two characters as a string. */
  private readonly wide = new Map<string, number>();
  /** Three-character prefixes → (longest length << 2) | (the prefix is itself a word). */
  private readonly triples = new Map<string, number>();

  constructor(private readonly pairClass: number = PAIR_WORD) {}

  /** Registers a word (Han characters only). */
  add(word: string): void {
    const firstLen = (word.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
    if (word.length <= firstLen) return;
    const secondLen = (word.codePointAt(firstLen) ?? 0) > 0xffff ? 2 : 1;
    let len = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) len++;
    }
    const probe = (len << 2) | (len === 2 ? this.pairClass : PAIR_NONE);
    const key = this.key(word, 0);
    const merge = (old: number | undefined): number =>
      old === undefined ? probe : (Math.max(old >> 2, len) << 2) | Math.max(old & 3, probe & 3);
    if (typeof key === 'number') this.small.set(key, merge(this.small.get(key)));
    else this.wide.set(word.slice(0, firstLen + secondLen), merge(this.wide.get(word.slice(0, firstLen + secondLen))));
    if (len >= 3) {
      const third = firstLen + secondLen;
      const prefix = word.slice(0, third + ((word.codePointAt(third) ?? 0) > 0xffff ? 2 : 1));
      const old = this.triples.get(prefix) ?? 0;
      this.triples.set(prefix, (Math.max(old >> 2, len) << 2) | (old & 3) | (len === 3 ? this.pairClass : PAIR_NONE));
    }
  }

  /**
   * Probe for a three-character prefix (as a string): the longest word it starts, and in the low
   * bits whether it is a word itself. Prunes the probing of longer words to real continuations.
   */
  atTriple(prefix: string): number {
    return this.triples.get(prefix) ?? 0;
  }

  /** The probe for a word starting at code unit `at` of `text`; 0 when nothing longer than one character can. */
  at(text: string, at: number): number {
    const key = this.key(text, at);
    if (typeof key === 'number') return key < 0 ? 0 : (this.small.get(key) ?? 0);
    return this.wide.get(key) ?? 0;
  }

  /** Integer key for two BMP characters, the pair as a string otherwise; -1 if there is no pair. */
  private key(text: string, at: number): number | string {
    const a = text.charCodeAt(at);
    const b = text.charCodeAt(at + 1);
    const ia = bmpIndex(a);
    const ib = bmpIndex(b);
    if (ia >= 0 && ib >= 0) return ia * BMP_SPAN + ib;
    if (Number.isNaN(b)) return -1;
    if (ia >= 0 && (b < 0xd800 || b > 0xdbff)) return -1;
    const firstLen = a >= 0xd800 && a <= 0xdbff ? 2 : 1;
    const second = text.codePointAt(at + firstLen);
    if (second === undefined) return -1;
    return text.slice(at, at + firstLen + (second > 0xffff ? 2 : 1));
  }
}
