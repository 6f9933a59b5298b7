/**
 * Compiles the dictionaries into the lexicon file (layout in ./format). Runs at build time
 * (scripts/build-lexicon.ts) or, when the file is missing, once in the process that needs it.
 *
 * Per headword it decides, once, what the engine used to work out on every request: the default
 * reading (./readings), its frequency cost for segmentation, and the CC-CEDICT entries as
 * learners see them (cross-references followed, kind and flags computed).
 */
import { hanLengthAt, splitChars } from '../han';
import { parseMarked, type PinyinSyllable } from '../../pinyin/spelling';
import { toCandidates, type Candidate } from '../dictionary/select';
import { entrySimplified, entryTraditional, type RawEntry } from '../dictionary/load';
import { TERM_KINDS } from '../types';
import {
  ENTRY_ERHUA,
  ENTRY_KIND_SHIFT,
  ENTRY_PROPER,
  ENTRY_VARIANT_ONLY,
  FORMAT_VERSION,
  KEY_ENTRY,
  KEY_PHRASE,
  KEY_PREFIX,
  KEY_WORD,
  MAGIC,
  type Sections,
} from './format';
import { hskLevels } from './hsk-levels';
import { Growable, hashTable, serialize } from './write';
import { chooseWordReading, costOfFrequency, RARE_WORD_FREQUENCY } from './readings';
import { toCitationTones } from './tones';
import { buildSearchSections, type SearchableWord } from './search-index';

/** A word list with readings and relative frequencies: word → [tone-marked pinyin, frequency]. */
export type WordList = Readonly<Record<string, readonly [string, number]>>;

export interface LexiconSources {
  cedict: readonly RawEntry[];
  /** jieba's vocabulary with readings (@pinyin-pro/data complete.json). */
  words: WordList;
  /** 现代汉语词典's vocabulary (@pinyin-pro/data modern.json): its readings win where it has the word. */
  standard: WordList;
  /** Every character pinyin-pro can read → its readings, tone-marked, most common first. */
  characters: ReadonlyMap<string, readonly string[]>;
  /** OpenCC's traditional → simplified dictionaries ("乾燥 干燥|…"): normalization, then conversion (earlier wins). */
  t2s: { normalize: readonly string[]; convert: readonly string[] };
  /** HSK 2.0 vocabulary: words of level 1, of level 2, …, of level 6. */
  hsk: readonly (readonly string[])[];
  sourceKey: string;
}

interface WordData {
  /** Only jieba lists it (银行行长, 王老师): read as one unit, shown as the dictionary words it is made of. */
  phrase: boolean;
  frequency: number;
  readings: PinyinSyllable[][];
  entries: readonly Candidate[];
}

function isHanOnly(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length;) {
    const len = hanLengthAt(word, i);
    if (len === 0) return false;
    i += len;
  }
  return true;
}

function parseMarkedReading(pinyin: string, length: number): PinyinSyllable[] | null {
  const out: PinyinSyllable[] = [];
  for (const token of pinyin.trim().split(/\s+/)) {
    const s = parseMarked(token);
    if (!s) return null;
    out.push(s);
  }
  return out.length === length ? out : null;
}

const key = (r: readonly PinyinSyllable[]): string => r.map((s) => `${s.toneless}${s.tone}`).join(' ');

/** A simplified headword with CC-CEDICT entries: it gets a glossary page and is searchable. */
function isEntryWord(w: string, data: WordData | undefined): boolean {
  return !!data && !data.phrase && data.entries.some((c) => c.simplified === w);
}

/** Builds every word's data: headwords of all sources, with their readings and entries. */
function collectWords(src: LexiconSources): Map<string, WordData> {
  const charReadings = new Map<string, PinyinSyllable[]>();
  for (const [ch, list] of src.characters) {
    const parsed = list.map(parseMarked).filter((s): s is PinyinSyllable => s !== null);
    if (parsed.length > 0) charReadings.set(ch, parsed);
  }
  const readingsOf = (ch: string): readonly PinyinSyllable[] => charReadings.get(ch) ?? [];

  const byHeadword = new Map<string, RawEntry[]>();
  const byTraditional = new Map<string, RawEntry[]>();
  const add = (index: Map<string, RawEntry[]>, headword: string, entry: RawEntry) => {
    const list = index.get(headword);
    if (list) list.push(entry);
    else index.set(headword, [entry]);
  };
  for (const entry of src.cedict) {
    const simplified = entrySimplified(entry);
    const traditional = entryTraditional(entry);
    if (isHanOnly(simplified)) add(byHeadword, simplified, entry);
    if (traditional !== simplified && isHanOnly(traditional)) add(byTraditional, traditional, entry);
  }
  // Traditional headwords only help where the simplifier left a character traditional (看著).
  for (const [k, list] of byTraditional) if (!byHeadword.has(k)) byHeadword.set(k, list);
  const lookup = (w: string) => byHeadword.get(w);

  const words = new Map<string, WordData>();
  const all = new Set<string>([...byHeadword.keys(), ...charReadings.keys()]);
  for (const w of Object.keys(src.words)) if (isHanOnly(w)) all.add(w);
  for (const w of Object.keys(src.standard)) if (isHanOnly(w)) all.add(w);

  for (const w of all) {
    const chars = splitChars(w);
    // The everyday entry of a word with several (../dictionary/preferred) first: it gives the meaning shown.
    const ordered = (byHeadword.has(w) ? toCandidates(byHeadword.get(w) ?? [], chars.length, lookup) : []).sort(
      (a, b) => Number(b.preferred) - Number(a.preferred),
    );
    const entries = ordered.map((c) => ({
      ...c,
      syllables: toCitationTones(chars, c.syllables, readingsOf),
    }));
    const listed = src.standard[w] ?? src.words[w];
    const frequency = src.words[w]?.[1] ?? src.standard[w]?.[1] ?? 0;
    const standard = src.standard[w] ? parseMarkedReading(src.standard[w][0], chars.length) : null;
    const jieba = src.words[w] ? parseMarkedReading(src.words[w][0], chars.length) : null;
    const readings: PinyinSyllable[][] = [];
    const add = (r: readonly PinyinSyllable[] | null | undefined): void => {
      if (!r || r.length !== chars.length) return;
      const c = toCitationTones(chars, r, readingsOf);
      if (!readings.some((x) => key(x) === key(c))) readings.push(c);
    };
    if (chars.length === 1) {
      // A character alone: pinyin-pro's readings, most common first (了 le, liǎo); jieba's reading of a
      // lone character is often its surname or literary one (曾 zēng), measured worse on CPP.
      for (const r of readingsOf(w)) add([r]);
      for (const c of entries) if (!c.variantOnly) add(c.syllables);
    } else {
      add(chooseWordReading(entries, standard, jieba, (r) => toCitationTones(chars, r, readingsOf)));
      for (const c of entries) if (!c.variantOnly) add(c.syllables);
      if (listed) add(standard ?? jieba);
    }
    if (readings.length === 0 && entries.length === 0) continue;
    const phrase = chars.length > 1 && entries.length === 0 && !src.standard[w];
    words.set(w, { phrase, frequency, readings, entries });
  }
  return words;
}

/** Parses OpenCC dictionary strings; an earlier dictionary wins on the same key. */
function openccPairs(dicts: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const dict of dicts) {
    for (const pair of dict.split('|')) {
      const [from, to] = pair.split(' ');
      if (from && to !== undefined && !out.has(from)) out.set(from, to);
    }
  }
  return out;
}

export function buildLexicon(src: LexiconSources): Uint8Array {
  const words = collectWords(src);
  const headwords = [...words.keys()].sort();
  const prefixSet = new Set<string>();
  for (const w of headwords) {
    const chars = splitChars(w);
    let p = '';
    for (let i = 0; i < chars.length - 1; i++) {
      p += chars[i];
      prefixSet.add(p);
    }
  }
  const prefixesOnly = [...prefixSet].filter((p) => !words.has(p)).sort();
  const keys = [...headwords, ...prefixesOnly];

  const syllableIds = new Map<string, number>();
  const syllableTable: string[] = [];
  const syllableId = (s: PinyinSyllable): number => {
    const k = `${s.toneless}${s.tone}`;
    let id = syllableIds.get(k);
    if (id === undefined) {
      id = syllableTable.length;
      syllableTable.push(k);
      syllableIds.set(k, id);
    }
    return id;
  };

  const keyUnits = new Growable(new Uint16Array(1 << 20));
  const keyStart = new Uint32Array(keys.length + 1);
  const keyFlags = new Uint8Array(keys.length);
  keys.forEach((k, i) => {
    keyStart[i] = keyUnits.length;
    keyUnits.pushString(k);
    const data = i < headwords.length ? words.get(k) : undefined;
    keyFlags[i] =
      (i < headwords.length ? KEY_WORD : 0) |
      (prefixSet.has(k) ? KEY_PREFIX : 0) |
      (data?.phrase ? KEY_PHRASE : 0) |
      (isEntryWord(k, data) ? KEY_ENTRY : 0);
  });
  keyStart[keys.length] = keyUnits.length;

  const hsk = new Uint8Array(headwords.length);
  const levelOf = hskLevels(src.hsk);
  headwords.forEach((w, i) => (hsk[i] = levelOf(w)));

  const cost = new Float32Array(headwords.length);
  const readStart = new Uint32Array(headwords.length + 1);
  const readCount = new Uint8Array(headwords.length);
  const syllables = new Growable(new Uint16Array(1 << 20));
  const entryStart = new Uint32Array(headwords.length + 1);
  const entryFlags = new Growable(new Uint8Array(1 << 17));
  const entryReading = new Growable(new Uint32Array(1 << 17));
  const formUnits = new Growable(new Uint16Array(1 << 19));
  const entryTraditional = new Growable(new Uint32Array(1 << 17));
  const entrySimplified = new Growable(new Uint32Array(1 << 17));
  const glossStart = new Growable(new Uint32Array(1 << 17));
  const glossChunks: Buffer[] = [];
  let glossLength = 0;
  const encoder = new TextEncoder();

  headwords.forEach((w, i) => {
    const data = words.get(w);
    if (!data) return;
    cost[i] = costOfFrequency(data.frequency > 0 ? data.frequency : RARE_WORD_FREQUENCY);
    readStart[i] = syllables.length;
    readCount[i] = Math.min(data.readings.length, 255);
    for (const r of data.readings.slice(0, 255)) for (const s of r) syllables.push(syllableId(s));
    entryStart[i] = entryFlags.length;
    for (const c of data.entries) {
      const kind = TERM_KINDS.indexOf(c.kind);
      entryFlags.push(
        (c.proper ? ENTRY_PROPER : 0) |
          (c.variantOnly ? ENTRY_VARIANT_ONLY : 0) |
          (c.erhua ? ENTRY_ERHUA : 0) |
          (kind << ENTRY_KIND_SHIFT),
      );
      entryReading.push(syllables.length);
      for (const s of c.syllables) syllables.push(syllableId(s));
      entryTraditional.push(formUnits.length);
      formUnits.pushString(c.traditional);
      entrySimplified.push(formUnits.length);
      formUnits.pushString(c.simplified);
      glossStart.push(glossLength);
      const bytes = Buffer.from(encoder.encode(c.gloss));
      glossChunks.push(bytes);
      glossLength += bytes.length;
    }
  });
  readStart[headwords.length] = syllables.length;
  entryStart[headwords.length] = entryFlags.length;
  // Closing offsets: form i ends where the next begins; the last ones end at the arrays' ends.
  entryTraditional.push(formUnits.length);
  glossStart.push(glossLength);

  const normalize = openccPairs(src.t2s.normalize);
  const t2sNormalize: Record<string, string> = {};
  for (const [from, to] of normalize)
    if (splitChars(from).length === 1 && splitChars(to).length === 1 && from !== to) t2sNormalize[from] = to;
  const convert = openccPairs(src.t2s.convert);
  // Prefixes of longer keys are keys too (with no value of their own: value start = end), so that
  // matching extends one character at a time and stops where no key continues.
  const t2sPrefixes = new Set<string>();
  for (const k of convert.keys()) {
    const chars = splitChars(k);
    for (let i = 1; i < chars.length; i++) t2sPrefixes.add(chars.slice(0, i).join(''));
  }
  const t2sKeys = [...new Set([...convert.keys(), ...t2sPrefixes])].sort();
  const t2sFlags = new Uint8Array(t2sKeys.length);
  const t2sKeyUnits = new Growable(new Uint16Array(1 << 16));
  const t2sKeyStart = new Uint32Array(t2sKeys.length + 1);
  const t2sValueUnits = new Growable(new Uint16Array(1 << 16));
  const t2sValueStart = new Uint32Array(t2sKeys.length + 1);
  t2sKeys.forEach((k, i) => {
    t2sKeyStart[i] = t2sKeyUnits.length;
    t2sKeyUnits.pushString(k);
    t2sValueStart[i] = t2sValueUnits.length;
    const value = convert.get(k);
    t2sFlags[i] = (value !== undefined ? KEY_WORD : 0) | (t2sPrefixes.has(k) ? KEY_PREFIX : 0);
    if (value !== undefined) t2sValueUnits.pushString(value);
  });
  t2sKeyStart[t2sKeys.length] = t2sKeyUnits.length;
  t2sValueStart[t2sKeys.length] = t2sValueUnits.length;

  const searchable: SearchableWord[] = [];
  headwords.forEach((w, index) => {
    const data = words.get(w);
    if (!data || !isEntryWord(w, data)) return;
    searchable.push({
      index,
      cost: cost[index] ?? Infinity,
      readings: data.readings,
      glosses: data.entries.filter((c) => !c.variantOnly).map((c) => c.gloss),
    });
  });

  const glossBytes = new Uint8Array(glossLength);
  let at = 0;
  for (const chunk of glossChunks) {
    glossBytes.set(chunk, at);
    at += chunk.length;
  }

  const sections: Sections = {
    keyUnits: keyUnits.done(),
    keyStart,
    keyFlags,
    table: hashTable(keys),
    cost,
    hsk,
    readStart,
    readCount,
    syllables: syllables.done(),
    entryStart,
    entryFlags: entryFlags.done(),
    entryReading: entryReading.done(),
    formUnits: formUnits.done(),
    entryTraditional: entryTraditional.done(),
    entrySimplified: entrySimplified.done(),
    glossStart: glossStart.done(),
    glossBytes,
    t2sKeyUnits: t2sKeyUnits.done(),
    t2sKeyStart,
    t2sValueUnits: t2sValueUnits.done(),
    t2sValueStart,
    t2sFlags,
    t2sTable: hashTable(t2sKeys),
    ...buildSearchSections(searchable),
  };
  return serialize(sections, {
    magic: MAGIC,
    version: FORMAT_VERSION,
    sourceKey: src.sourceKey,
    words: headwords.length,
    syllableTable,
    t2sNormalize,
  });
}
