/**
 * The lexicon file: every dictionary the engine reads (CC-CEDICT, the word list with frequencies
 * and readings of @pinyin-pro/data, per-character readings of pinyin-pro, OpenCC's traditional →
 * simplified tables), compiled once at build time into flat typed arrays. Loading is one file
 * read and a few array views: no JSON object per entry, so the loaded engine stays small and
 * starts fast. This module is the layout shared by the writer (./build) and the reader (./index).
 *
 * Keys (headwords and the proper prefixes of longer headwords) live in one open-addressing hash
 * table over their UTF-16 code units, so the segmenter can probe every substring of a run with
 * an incrementally updated hash and no substring allocation.
 */

/** Bump when the layout or the meaning of a field changes. */
export const FORMAT_VERSION = 8;
export const MAGIC = 'HZLX';

/** Bits of `keyFlags`. */
export const KEY_WORD = 1;
/** The key is a proper prefix of a longer headword: the segmenter keeps extending. */
export const KEY_PREFIX = 2;
/** A phrase of running text that no dictionary lists (银行行长): read as a unit, shown as its words. */
export const KEY_PHRASE = 4;
/** A simplified headword with CC-CEDICT entries: it has a glossary page and is found by the search. */
export const KEY_ENTRY = 8;

/** Set in a headword's `hsk` byte when its level is estimated from its characters, not listed. */
export const HSK_ESTIMATED = 8;

/** Bits of `entryFlags`; the term kind sits in bits 4–6 (its index in TERM_KINDS, ../types). */
export const ENTRY_PROPER = 1;
export const ENTRY_VARIANT_ONLY = 2;
export const ENTRY_ERHUA = 4;
export const ENTRY_KIND_SHIFT = 4;

/** FNV-1a over UTF-16 code units; `hashStep` lets callers extend a hash one code unit at a time. */
export const HASH_SEED = 0x811c9dc5 | 0;

export function hashStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 16777619);
}

export function hashString(s: string, from = 0, to = s.length): number {
  let h = HASH_SEED;
  for (let i = from; i < to; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

/** Typed-array sections of the file, in the order they are written. */
export const SECTIONS = {
  keyUnits: Uint16Array,
  keyStart: Uint32Array,
  keyFlags: Uint8Array,
  table: Int32Array,
  cost: Float32Array,
  /** HSK 2.0 level of each headword, 1–6, plus HSK_ESTIMATED when the lists lack the word; 0: no level. */
  hsk: Uint8Array,
  readStart: Uint32Array,
  readCount: Uint8Array,
  syllables: Uint16Array,
  entryStart: Uint32Array,
  entryFlags: Uint8Array,
  entryReading: Uint32Array,
  formUnits: Uint16Array,
  entryTraditional: Uint32Array,
  entrySimplified: Uint32Array,
  glossStart: Uint32Array,
  glossBytes: Uint8Array,
  t2sKeyUnits: Uint16Array,
  t2sKeyStart: Uint32Array,
  t2sValueUnits: Uint16Array,
  t2sValueStart: Uint32Array,
  t2sFlags: Uint8Array,
  t2sTable: Int32Array,
  // The dictionary search (./search-index writes, ../../dictionary/search reads). A search record is
  // one reading of one KEY_ENTRY headword, packed as (headword << 8) | reading index.
  /** Records in order of their toneless pinyin ("yinhang"), then frequency. */
  searchPinyin: Uint32Array,
  /** The same records in order of their initials ("yh"), then frequency. */
  searchInitials: Uint32Array,
  /** Lowercased words of the English glosses, sorted, as UTF-16 code units. */
  glossTokenUnits: Uint16Array,
  glossTokenStart: Uint32Array,
  /** Per token, the headwords whose glosses contain it: ascending, delta-coded as LEB128 varints. */
  postingStart: Uint32Array,
  postingBytes: Uint8Array,
} as const;

export type SectionName = keyof typeof SECTIONS;
export type Sections = { [K in SectionName]: InstanceType<(typeof SECTIONS)[K]> };

/** JSON header written before the sections. */
export interface Header {
  magic: typeof MAGIC;
  version: number;
  /** What the file was built from (package versions and the builder's own source); see scripts/build-lexicon.ts. */
  sourceKey: string;
  /** Headwords are keys [0, words); the rest are pure prefixes. */
  words: number;
  /** Numbered syllables ("yin2"), indexed by the values of `syllables`. */
  syllableTable: string[];
  /** OpenCC's normalization (compatibility forms), one code point to one. */
  t2sNormalize: Record<string, string>;
  /** Byte offset and element count of each section. */
  sections: Record<SectionName, [number, number]>;
}
