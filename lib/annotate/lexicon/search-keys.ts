/**
 * Keys of the dictionary search, shared by the writer (./search-index, build time) and the reader
 * (lib/dictionary/search): both sides must spell a syllable, an initial and a gloss word alike
 * (a syllable: lib/pinyin/toneless).
 */

/**
 * Words too common in CC-CEDICT's glosses to find anything by ("to", "sb", "classifier"): left
 * out of the index and of queries. A query of nothing but these finds no meaning.
 */
const GLOSS_STOPWORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'as',
  'from',
  'is',
  'be',
  'sb',
  'sth',
  "sb's",
  'etc',
  'cl',
  'also',
  'used',
  'see',
  'variant',
  'pr',
  'lit',
  'fig',
]);

/** The distinct index words of an English gloss, in order of first appearance. */
export function glossTokens(gloss: string): string[] {
  const out = new Set<string>();
  for (const word of gloss.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    // A lone letter ("s" of "sb's", "a") finds nothing a learner means; a lone digit may ("3").
    if (word && !GLOSS_STOPWORDS.has(word) && (word.length > 1 || /\d/.test(word))) out.add(word);
  }
  return [...out];
}

/** Appends `value` (≥ 0, < 2^32) as an unsigned LEB128 varint. */
export function pushVarint(out: { push(v: number): void }, value: number): void {
  let v = value >>> 0;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}

/** Decodes the delta-coded varints of bytes[from, to) into ascending values. */
export function readPostings(bytes: Uint8Array, from: number, to: number): number[] {
  const out: number[] = [];
  let previous = 0;
  for (let i = from; i < to;) {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[i++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80 && i < to);
    previous += value;
    out.push(previous);
  }
  return out;
}

/** Packs a search record: a headword and the index of one of its readings (< 256). */
export function packRecord(headword: number, reading: number): number {
  return ((headword << 8) | reading) >>> 0;
}

export function recordHeadword(record: number): number {
  return record >>> 8;
}

export function recordReading(record: number): number {
  return record & 0xff;
}
