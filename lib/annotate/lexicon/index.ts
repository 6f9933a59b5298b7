/**
 * Reading the lexicon file (layout in ./format): typed-array views over one buffer, and
 * per-headword objects built only for the words a text actually uses.
 */
import type { Candidate } from '../dictionary/select';
import type { PinyinSyllable } from '../../pinyin/spelling';
import { TERM_KINDS } from '../types';
import {
  ENTRY_ERHUA,
  ENTRY_KIND_SHIFT,
  ENTRY_PROPER,
  ENTRY_VARIANT_ONLY,
  FORMAT_VERSION,
  HASH_SEED,
  HSK_ESTIMATED,
  hashStep,
  KEY_ENTRY,
  KEY_PHRASE,
  KEY_PREFIX,
  KEY_WORD,
  MAGIC,
  SECTIONS,
  type Header,
  type SectionName,
  type Sections,
} from './format';
import { parseSyllable } from './syllable';

export { hashStep, HASH_SEED } from './format';
export type { Candidate } from '../dictionary/select';

const NONE: readonly Candidate[] = [];
const NO_READINGS: readonly (readonly PinyinSyllable[])[] = [];

class LexiconFormatError extends Error {}

/** The header of a lexicon file, or null if `bytes` is not one of this format version. */
export function readHeader(bytes: Uint8Array): Header | null {
  if (bytes.byteLength < 8) return null;
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  if (length <= 0 || 4 + length > bytes.byteLength) return null;
  try {
    const header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 4, length).toString('utf8')) as Header;
    return header.magic === MAGIC && header.version === FORMAT_VERSION ? header : null;
  } catch {
    return null;
  }
}

export class Lexicon {
  readonly header: Header;
  /** Number of headwords. */
  readonly size: number;
  private readonly s: Sections;
  private readonly syllableTable: readonly PinyinSyllable[];
  private readonly readingCache = new Map<number, readonly (readonly PinyinSyllable[])[]>();
  private readonly candidateCache = new Map<number, readonly Candidate[]>();
  private readonly decoder = new TextDecoder();

  constructor(bytes: Uint8Array) {
    const header = readHeader(bytes);
    if (!header) throw new LexiconFormatError(`not a lexicon file of format ${FORMAT_VERSION}`);
    // Typed-array views need aligned offsets; a file read into a pooled buffer may not be.
    const data = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
    const length = new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(0, true);
    const base = data.byteOffset + ((4 + length + 7) & ~7);
    const sections = {} as Record<SectionName, unknown>;
    for (const name of Object.keys(SECTIONS) as SectionName[]) {
      const [offset, count] = header.sections[name];
      // A Buffer from readFileSync is backed by an ArrayBuffer, never a SharedArrayBuffer.
      sections[name] = new SECTIONS[name](data.buffer as ArrayBuffer, base + offset, count);
    }
    this.s = sections as Sections;
    this.header = header;
    this.size = header.words;
    this.syllableTable = header.syllableTable.map(parseSyllable);
  }

  /**
   * Key index of text[from, to) given its hash (hashStep over those code units from HASH_SEED),
   * or -1. Keys are headwords and prefixes of headwords (see isWord, isPrefix).
   */
  findHashed(hash: number, text: string, from: number, to: number): number {
    return findKey(this.s.table, this.s.keyStart, this.s.keyUnits, hash, text, from, to);
  }

  /** Headword index of `word`, or -1. */
  indexOf(word: string): number {
    let h = HASH_SEED;
    for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
    const k = this.findHashed(h, word, 0, word.length);
    return k >= 0 && this.isWord(k) ? k : -1;
  }

  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  isWord(k: number): boolean {
    return ((this.s.keyFlags[k] ?? 0) & KEY_WORD) !== 0;
  }

  /** A phrase only jieba lists: a reading unit, not a word to show. */
  isPhrase(k: number): boolean {
    return ((this.s.keyFlags[k] ?? 0) & KEY_PHRASE) !== 0;
  }

  /** A simplified headword with CC-CEDICT entries (it has a glossary page; the search finds it). */
  isEntry(k: number): boolean {
    return k >= 0 && k < this.size && ((this.s.keyFlags[k] ?? 0) & KEY_ENTRY) !== 0;
  }

  /** The headword k as a string. */
  word(k: number): string {
    return k >= 0 && k < this.size
      ? this.units(this.s.keyUnits, this.s.keyStart[k] ?? 0, this.s.keyStart[k + 1] ?? 0)
      : '';
  }

  /** The raw sections, for the dictionary search (lib/dictionary/search): read-only views. */
  get sections(): Readonly<Sections> {
    return this.s;
  }

  /** Numbered syllables ("yin2") of the syllable ids in `sections.syllables`. */
  get syllableNames(): readonly string[] {
    return this.header.syllableTable;
  }

  isPrefix(k: number): boolean {
    return ((this.s.keyFlags[k] ?? 0) & KEY_PREFIX) !== 0;
  }

  /** Segmentation cost of headword k: minus the log of its frequency. */
  cost(k: number): number {
    return this.s.cost[k] ?? Infinity;
  }

  /**
   * HSK 2.0 level (1–6) of headword k, or 0 when it has none; `estimated` when the HSK lists lack
   * the word and the level is that of its hardest character.
   */
  hskLevel(k: number): { level: number; estimated: boolean } {
    const byte = this.s.hsk[k] ?? 0;
    return { level: byte & (HSK_ESTIMATED - 1), estimated: (byte & HSK_ESTIMATED) !== 0 };
  }

  /** The headword's characters count (code points). */
  private charCount(k: number): number {
    const { keyStart, keyUnits } = this.s;
    let n = 0;
    for (let i = keyStart[k] ?? 0, end = keyStart[k + 1] ?? 0; i < end; i++) {
      const c = keyUnits[i] ?? 0;
      if (c < 0xdc00 || c > 0xdfff) n++;
    }
    return n;
  }

  /** Readings of headword k, the default (our convention, see ./tones) first. Cached: for the engine's words. */
  readings(k: number): readonly (readonly PinyinSyllable[])[] {
    if (k < 0 || k >= this.size) return NO_READINGS;
    let r = this.readingCache.get(k);
    if (!r) {
      r = this.readReadings(k);
      this.readingCache.set(k, r);
    }
    return r;
  }

  /** Like readings(k), decoded afresh and not cached (for pages of any of the headwords). */
  readReadings(k: number): readonly (readonly PinyinSyllable[])[] {
    if (k < 0 || k >= this.size) return NO_READINGS;
    const n = this.charCount(k);
    const out: PinyinSyllable[][] = [];
    const { readStart, readCount, syllables } = this.s;
    const start = readStart[k] ?? 0;
    for (let i = start, end = start + n * (readCount[k] ?? 0); i + n <= end; i += n) {
      const one: PinyinSyllable[] = [];
      for (let j = 0; j < n; j++) one.push(this.syllable(syllables[i + j] ?? 0));
      out.push(one);
    }
    return out;
  }

  private syllable(id: number): PinyinSyllable {
    return this.syllableTable[id] ?? { marked: '', toneless: '', tone: 5 };
  }

  /** CC-CEDICT entries of headword k, as learners see them. Cached: for the engine's words. */
  candidates(k: number): readonly Candidate[] {
    if (k < 0 || k >= this.size) return NONE;
    let c = this.candidateCache.get(k);
    if (!c) {
      c = this.readCandidates(k);
      this.candidateCache.set(k, c);
    }
    return c;
  }

  /** Number of CC-CEDICT entries of headword k. */
  entryCount(k: number): number {
    return k < 0 || k >= this.size ? 0 : (this.s.entryStart[k + 1] ?? 0) - (this.s.entryStart[k] ?? 0);
  }

  /** Like candidates(k), decoded afresh and not cached (for pages and searches over any headword). */
  readCandidates(k: number): readonly Candidate[] {
    if (k < 0 || k >= this.size) return NONE;
    const s = this.s;
    const n = this.charCount(k);
    const out: Candidate[] = [];
    for (let e = s.entryStart[k] ?? 0, end = s.entryStart[k + 1] ?? 0; e < end; e++) {
      const flags = s.entryFlags[e] ?? 0;
      const at = s.entryReading[e] ?? 0;
      const syllables: PinyinSyllable[] = [];
      for (let j = 0; j < n; j++) syllables.push(this.syllable(s.syllables[at + j] ?? 0));
      out.push({
        traditional: this.units(s.formUnits, s.entryTraditional[e] ?? 0, s.entrySimplified[e] ?? 0),
        simplified: this.units(s.formUnits, s.entrySimplified[e] ?? 0, s.entryTraditional[e + 1] ?? 0),
        syllables,
        proper: (flags & ENTRY_PROPER) !== 0,
        variantOnly: (flags & ENTRY_VARIANT_ONLY) !== 0,
        erhua: (flags & ENTRY_ERHUA) !== 0,
        preferred: false,
        kind: TERM_KINDS[(flags >> ENTRY_KIND_SHIFT) & 7] ?? 'word',
        gloss: this.gloss(e),
      });
    }
    return out.length > 0 ? out : NONE;
  }

  /** The English gloss of entry e (entries of headword k are entryStart[k] … entryStart[k + 1] − 1). */
  gloss(e: number): string {
    const s = this.s;
    return this.decoder.decode(s.glossBytes.subarray(s.glossStart[e] ?? 0, s.glossStart[e + 1] ?? 0));
  }

  private units(array: Uint16Array, from: number, to: number): string {
    return String.fromCharCode(...array.subarray(from, to));
  }

  /** OpenCC's traditional → simplified conversion (longest match, as opencc-js does). */
  toSimplified(text: string): string {
    const normalize = this.header.t2sNormalize;
    let normalized = '';
    for (const ch of text) normalized += normalize[ch] ?? ch;
    const { t2sFlags, t2sValueUnits, t2sValueStart } = this.s;
    let out = '';
    for (let i = 0; i < normalized.length;) {
      let h = HASH_SEED;
      let matchEnd = -1;
      let matchKey = -1;
      for (let at = i; at < normalized.length;) {
        const end = at + ((normalized.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
        for (; at < end; at++) h = hashStep(h, normalized.charCodeAt(at));
        const k = this.findT2s(h, normalized, i, end);
        if (k < 0) break;
        if (((t2sFlags[k] ?? 0) & KEY_WORD) !== 0) {
          matchEnd = end;
          matchKey = k;
        }
        if (((t2sFlags[k] ?? 0) & KEY_PREFIX) === 0) break;
      }
      if (matchKey >= 0) {
        out += this.units(t2sValueUnits, t2sValueStart[matchKey] ?? 0, t2sValueStart[matchKey + 1] ?? 0);
        i = matchEnd;
      } else {
        const end = i + ((normalized.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
        out += normalized.slice(i, end);
        i = end;
      }
    }
    return out;
  }

  /**
   * Code points whose presence can change a run: those a key of the traditional → simplified
   * table replaces (乾 in 乾燥 → 干燥, not 燥). A run matching a key contains that key's changed
   * characters, so a run without any of them converts to itself.
   */
  t2sTriggers(): Set<number> {
    const out = new Set<number>(Object.keys(this.header.t2sNormalize).map((c) => c.codePointAt(0) ?? 0));
    const { t2sKeyUnits, t2sKeyStart, t2sValueUnits, t2sValueStart, t2sFlags } = this.s;
    for (let k = 0; k + 1 < t2sKeyStart.length; k++) {
      if (((t2sFlags[k] ?? 0) & KEY_WORD) === 0) continue;
      const key = Array.from(this.units(t2sKeyUnits, t2sKeyStart[k] ?? 0, t2sKeyStart[k + 1] ?? 0));
      const value = Array.from(this.units(t2sValueUnits, t2sValueStart[k] ?? 0, t2sValueStart[k + 1] ?? 0));
      key.forEach((ch, i) => {
        if (key.length !== value.length || value[i] !== ch) out.add(ch.codePointAt(0) ?? 0);
      });
    }
    return out;
  }

  private findT2s(hash: number, text: string, from: number, to: number): number {
    return findKey(this.s.t2sTable, this.s.t2sKeyStart, this.s.t2sKeyUnits, hash, text, from, to);
  }
}

/** Index of the key text[from, to) (hashed to `hash`) in an open-addressing table over `units`, or -1. */
function findKey(
  table: Int32Array,
  keyStart: Uint32Array,
  keyUnits: Uint16Array,
  hash: number,
  text: string,
  from: number,
  to: number,
): number {
  const mask = table.length - 1;
  const len = to - from;
  for (let i = hash & mask; ; i = (i + 1) & mask) {
    const k = table[i] ?? -1;
    if (k < 0) return -1;
    const start = keyStart[k] ?? 0;
    if ((keyStart[k + 1] ?? 0) - start !== len) continue;
    let same = true;
    for (let j = 0; j < len; j++) {
      if (keyUnits[start + j] !== text.charCodeAt(from + j)) {
        same = false;
        break;
      }
    }
    if (same) return k;
  }
}
