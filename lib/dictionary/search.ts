/**
 * Searching the whole dictionary (every CC-CEDICT headword) by hanzi, pinyin in any spelling
 * (yinhang, yin hang, yin2hang2, yínháng), initials (yh) or English meaning. The indexes are
 * sections of the lexicon file, built at build time (lib/annotate/lexicon/search-index): nothing
 * is built or cached per query beyond the hits themselves.
 *
 * Ranking: exact matches (the whole pinyin, the whole word, a whole sense of the meaning) before
 * prefix matches (pinyin or word beginning with the query, initials equal to it, a sense beginning
 * with it), before the rest (initials beginning with the query, a sense containing its words);
 * within each, the more frequent word first (the lexicon's cost).
 */
import type { Lexicon } from '../annotate';
import { glossTokens, plainSyllable, readPostings, recordHeadword, recordReading } from '../annotate/lexicon/search-keys';
import { parseNumbered } from '../annotate/pinyin';

export type MatchKind = 'exact' | 'prefix' | 'partial';

export interface DictionaryHit {
  /** The simplified headword: its glossary page is /glossary/{word}. */
  word: string;
  /** Tone-marked, space-separated: "yín háng". */
  pinyin: string;
  /** English glosses of the entries with that reading, "; "-separated. */
  gloss: string;
  match: MatchKind;
}

export interface DictionarySearchResult {
  /** Every matching headword. */
  total: number;
  hits: DictionaryHit[];
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
}

const TIER: Record<MatchKind, number> = { exact: 0, prefix: 1, partial: 2 };
const KIND_OF_TIER: readonly MatchKind[] = ['exact', 'prefix', 'partial'];
const HAN = /\p{Script=Han}/u;
const TONE_MARKS = /[\u0300\u0301\u0304\u030c]/;

interface Syllables {
  plain: string[];
  numbered: string[];
  marked: string[];
}

const syllableCache = new WeakMap<Lexicon, Syllables>();

/** The lexicon's syllable table in the three spellings a query may use. */
function syllablesOf(lexicon: Lexicon): Syllables {
  let s = syllableCache.get(lexicon);
  if (!s) {
    const parsed = lexicon.syllableNames.map((name) => parseNumbered(name));
    s = {
      plain: parsed.map((p) => plainSyllable(p?.toneless ?? '')),
      numbered: parsed.map((p) => `${plainSyllable(p?.toneless ?? '')}${p?.tone ?? 5}`),
      marked: parsed.map((p) => (p?.marked ?? '').normalize('NFC')),
    };
    syllableCache.set(lexicon, s);
  }
  return s;
}

class Index {
  private readonly sec: Lexicon['sections'];
  private readonly syl: Syllables;
  constructor(private readonly lexicon: Lexicon) {
    this.sec = lexicon.sections;
    this.syl = syllablesOf(lexicon);
  }

  private charCount(k: number): number {
    const { keyStart, keyUnits } = this.sec;
    let n = 0;
    for (let i = keyStart[k] ?? 0, end = keyStart[k + 1] ?? 0; i < end; i++) {
      const c = keyUnits[i] ?? 0;
      if (c < 0xdc00 || c > 0xdfff) n++;
    }
    return n;
  }

  /** Syllable ids of one reading of a search record. */
  ids(record: number): number[] {
    const k = recordHeadword(record);
    const n = this.charCount(k);
    const start = (this.sec.readStart[k] ?? 0) + recordReading(record) * n;
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(this.sec.syllables[start + i] ?? 0);
    return out;
  }

  key(record: number, spelling: keyof Syllables): string {
    const table = this.syl[spelling];
    return this.ids(record).map((id) => table[id] ?? '').join('');
  }

  initials(record: number): string {
    return this.ids(record).map((id) => (this.syl.plain[id] ?? '')[0] ?? '').join('');
  }

  /** Records of `order` whose key starts with `prefix`, in order (binary search, then a scan). */
  *withPrefix(order: Uint32Array, keyOf: (record: number) => string, prefix: string): Generator<[number, string]> {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keyOf(order[mid] ?? 0) < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < order.length; i++) {
      const record = order[i] ?? 0;
      const key = keyOf(record);
      if (!key.startsWith(prefix)) return;
      yield [record, key];
    }
  }

  /** Headwords starting with `prefix` (headwords are sorted by code units). */
  *wordsWithPrefix(prefix: string): Generator<number> {
    let lo = 0;
    let hi = this.lexicon.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.lexicon.word(mid) < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.lexicon.size; k++) {
      if (!this.lexicon.word(k).startsWith(prefix)) return;
      yield k;
    }
  }

  /** Headwords whose glosses contain the word `token` (ascending), or [] if no gloss does. */
  postings(token: string): number[] {
    const { glossTokenUnits, glossTokenStart, postingStart, postingBytes } = this.sec;
    const count = glossTokenStart.length - 1;
    const tokenAt = (i: number) => String.fromCharCode(...glossTokenUnits.subarray(glossTokenStart[i] ?? 0, glossTokenStart[i + 1] ?? 0));
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokenAt(mid) < token) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= count || tokenAt(lo) !== token) return [];
    return readPostings(postingBytes, postingStart[lo] ?? 0, postingStart[lo + 1] ?? 0);
  }
}

/** Lowercase, without spaces, apostrophes and hyphens; v typed for ü. */
function compact(query: string): string {
  return query.toLowerCase().normalize('NFC').replace(/[\s'’·-]+/g, '').replace(/v/g, 'u').replace(/ü/g, 'u');
}

function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/**
 * Matches a query with tone numbers on some syllables ("yin hang2", "yin2hang2") against a record's
 * numbered key ("yin2hang2"): a syllable typed without its digit matches any tone. Null if it does
 * not match, else whether the whole key was typed.
 */
function matchNumbered(query: string, key: string): 'exact' | 'prefix' | null {
  let j = 0;
  for (let i = 0; i < query.length; i++) {
    const q = query[i] ?? '';
    const isDigit = q >= '0' && q <= '9';
    let k = key[j];
    if (!isDigit && k !== undefined && k >= '0' && k <= '9') k = key[++j];
    if (k !== q) return null;
    j++;
  }
  const rest = key.slice(j);
  return rest === '' || /^\d$/.test(rest) ? 'exact' : 'prefix';
}

/** A sense of a gloss as compared with a query: lowercase, without parenthesized remarks. */
function senseKey(sense: string): string {
  return sense.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}

class Hits {
  readonly best = new Map<number, { tier: number; reading: number }>();
  add(k: number, kind: MatchKind, reading = 0): void {
    const tier = TIER[kind];
    const had = this.best.get(k);
    if (!had || tier < had.tier) this.best.set(k, { tier, reading });
  }
}

function searchHanzi(index: Index, lexicon: Lexicon, query: string, hits: Hits): void {
  const forms = [...new Set([query, lexicon.toSimplified(query)])];
  for (const form of forms) {
    for (const k of index.wordsWithPrefix(form)) {
      if (lexicon.isEntry(k)) hits.add(k, lexicon.word(k) === form ? 'exact' : 'prefix');
    }
  }
}

function searchPinyin(index: Index, lexicon: Lexicon, raw: string, hits: Hits): void {
  const q = compact(raw);
  if (!/^[a-z0-9\u0300-\u036f]+$/.test(q.normalize('NFD'))) return;
  const numbered = /\d/.test(q) ? withoutMarks(q).replace(/0/g, '5') : null;
  const marked = !numbered && TONE_MARKS.test(q.normalize('NFD')) ? q.normalize('NFC') : null;
  const plain = withoutMarks(q).replace(/\d/g, '');
  if (!plain) return;
  const sec = lexicon.sections;
  for (const [record, key] of index.withPrefix(sec.searchPinyin, (r) => index.key(r, 'plain'), plain)) {
    let exact = key === plain;
    if (numbered) {
      const match = matchNumbered(numbered, index.key(record, 'numbered'));
      if (!match) continue;
      exact = match === 'exact';
    } else if (marked) {
      const full = compact(index.key(record, 'marked')).normalize('NFC');
      if (!full.startsWith(marked)) continue;
      exact = full === marked;
    }
    hits.add(recordHeadword(record), exact ? 'exact' : 'prefix', recordReading(record));
  }
  // Initials: two letters at least, and no tones (a single letter begins half the dictionary).
  if (!numbered && !marked && plain.length >= 2 && plain.length <= 12) {
    for (const [record, key] of index.withPrefix(sec.searchInitials, (r) => index.initials(r), plain)) {
      hits.add(recordHeadword(record), key === plain ? 'prefix' : 'partial', recordReading(record));
    }
  }
}

function searchMeaning(index: Index, lexicon: Lexicon, raw: string, hits: Hits): void {
  const tokens = glossTokens(raw);
  if (tokens.length === 0) return;
  const lists = tokens.map((t) => index.postings(t)).sort((a, b) => a.length - b.length);
  let found = lists[0] ?? [];
  for (const list of lists.slice(1)) {
    const other = new Set(list);
    found = found.filter((k) => other.has(k));
  }
  const q = senseKey(raw);
  const sec = lexicon.sections;
  for (const k of found) {
    let kind: MatchKind = 'partial';
    for (let e = sec.entryStart[k] ?? 0, end = sec.entryStart[k + 1] ?? 0; e < end && kind !== 'exact'; e++) {
      for (const sense of lexicon.gloss(e).split('; ')) {
        const s = senseKey(sense);
        const bare = s.startsWith('to ') ? s.slice(3) : s;
        if (s === q || bare === q) {
          kind = 'exact';
          break;
        }
        if (s.startsWith(`${q} `) || bare.startsWith(`${q} `)) kind = 'prefix';
      }
    }
    hits.add(k, kind);
  }
}

/** The hit as shown: the word, the reading that matched (else its default) and that reading's glosses. */
function describe(lexicon: Lexicon, k: number, reading: number, match: MatchKind): DictionaryHit {
  const readings = lexicon.readReadings(k);
  const r = readings[reading] ?? readings[0] ?? [];
  const key = r.map((s) => `${s.toneless}${s.tone}`).join(' ');
  const entries = lexicon.readCandidates(k).filter((c) => !c.variantOnly);
  const same = entries.filter((c) => c.syllables.map((s) => `${s.toneless}${s.tone}`).join(' ') === key);
  const gloss = (same.length > 0 ? same : entries).map((c) => c.gloss).join('; ');
  return { word: lexicon.word(k), pinyin: r.map((s) => s.marked).join(' '), gloss, match };
}

export const MAX_SEARCH_LIMIT = 50;

/** Searches every dictionary word; `query` trimmed, at most MAX_QUERY_LENGTH characters (validate first). */
export function searchDictionary(lexicon: Lexicon, query: string, { limit = MAX_SEARCH_LIMIT, offset = 0 }: SearchOptions = {}): DictionarySearchResult {
  const q = query.trim();
  if (!q) return { total: 0, hits: [] };
  const index = new Index(lexicon);
  const hits = new Hits();
  if (HAN.test(q)) searchHanzi(index, lexicon, q.replace(/\s+/g, ''), hits);
  else {
    searchPinyin(index, lexicon, q, hits);
    searchMeaning(index, lexicon, q, hits);
  }
  const ranked = [...hits.best.entries()].sort(
    ([a, x], [b, y]) => x.tier - y.tier || lexicon.cost(a) - lexicon.cost(b) || (lexicon.word(a) < lexicon.word(b) ? -1 : 1),
  );
  return {
    total: ranked.length,
    hits: ranked.slice(offset, offset + Math.min(limit, MAX_SEARCH_LIMIT)).map(([k, { tier, reading }]) => describe(lexicon, k, reading, KIND_OF_TIER[tier] ?? 'partial')),
  };
}
