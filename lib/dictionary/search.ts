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
import { glossTokens, parseNumbered, readPostings, recordHeadword, recordReading, type Lexicon } from '../annotate';
import { tonelessPinyin } from '../pinyin/toneless';

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
      plain: parsed.map((p) => tonelessPinyin(p?.toneless ?? '')),
      numbered: parsed.map((p) => `${tonelessPinyin(p?.toneless ?? '')}${p?.tone ?? 5}`),
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

  /** One reading of a search record in one spelling, the syllables run together ("yinhang"). */
  key(record: number, spelling: keyof Syllables): string {
    const table = this.syl[spelling];
    const k = recordHeadword(record);
    const n = this.charCount(k);
    const at = (this.sec.readStart[k] ?? 0) + recordReading(record) * n;
    let out = '';
    for (let i = 0; i < n; i++) out += table[this.sec.syllables[at + i] ?? 0] ?? '';
    return out;
  }

  initials(record: number): string {
    const k = recordHeadword(record);
    const n = this.charCount(k);
    const at = (this.sec.readStart[k] ?? 0) + recordReading(record) * n;
    let out = '';
    for (let i = 0; i < n; i++) out += (this.syl.plain[this.sec.syllables[at + i] ?? 0] ?? '')[0] ?? '';
    return out;
  }

  /**
   * Where the records of `order` (sorted by `keyOf`, lowercase letters) with keys beginning with
   * `prefix` are: [start, end), of which those equal to it [start, exactEnd). Binary searches only.
   */
  range(
    order: Uint32Array,
    keyOf: (record: number) => string,
    prefix: string,
  ): { start: number; exactEnd: number; end: number } {
    const lowerBound = (target: string, from: number): number => {
      let lo = from;
      let hi = order.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (keyOf(order[mid] ?? 0) < target) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const start = lowerBound(prefix, 0);
    const exactEnd = lowerBound(`${prefix}\u0000`, start);
    return { start, exactEnd, end: lowerBound(`${prefix}\uffff`, exactEnd) };
  }

  /** Headwords starting with `prefix` (headwords are sorted by code units): [start, end). */
  wordsWithPrefix(prefix: string): { start: number; end: number } {
    const lowerBound = (target: string, from: number): number => {
      let lo = from;
      let hi = this.lexicon.size;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.lexicon.word(mid) < target) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const start = lowerBound(prefix, 0);
    return { start, end: lowerBound(`${prefix}\uffff`, start) };
  }

  /** Headwords whose glosses contain the word `token` (ascending), or [] if no gloss does. */
  postings(token: string): number[] {
    const { glossTokenUnits, glossTokenStart, postingStart, postingBytes } = this.sec;
    const count = glossTokenStart.length - 1;
    const tokenAt = (i: number) =>
      String.fromCharCode(...glossTokenUnits.subarray(glossTokenStart[i] ?? 0, glossTokenStart[i + 1] ?? 0));
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

/** Lowercase, without spaces, apostrophes and hyphens (ü and tones: tonelessPinyin). */
function compact(query: string): string {
  return query
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\s'’·-]+/g, '');
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
  return sense
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The best match of each headword found: its tier (TIER) and the reading that matched, in one
 * typed array per lexicon, reused by every query (cleared through the list of words it touched),
 * so a query that matches 10 000 words allocates no object per word.
 */
class Hits {
  private static readonly marks = new WeakMap<Lexicon, Uint16Array>();
  /** (tier + 1) << 8 | reading; 0 for a word not found. */
  private readonly best: Uint16Array;
  readonly words: number[] = [];
  constructor(lexicon: Lexicon) {
    let marks = Hits.marks.get(lexicon);
    if (!marks) Hits.marks.set(lexicon, (marks = new Uint16Array(lexicon.size)));
    this.best = marks;
  }
  add(k: number, kind: MatchKind, reading = 0): void {
    const value = ((TIER[kind] + 1) << 8) | reading;
    const had = this.best[k] ?? 0;
    if (had === 0) this.words.push(k);
    if (had === 0 || value >> 8 < had >> 8) this.best[k] = value;
  }
  tier(k: number): number {
    return ((this.best[k] ?? 0) >> 8) - 1;
  }
  reading(k: number): number {
    return (this.best[k] ?? 0) & 0xff;
  }
  /** Forgets every word found (the array is shared by the next query). */
  clear(): void {
    for (const k of this.words) this.best[k] = 0;
    this.words.length = 0;
  }
}

function searchHanzi(index: Index, lexicon: Lexicon, query: string, hits: Hits): void {
  const forms = [...new Set([query, lexicon.toSimplified(query)])];
  for (const form of forms) {
    const exact = lexicon.indexOf(form);
    const { start, end } = index.wordsWithPrefix(form);
    for (let k = start; k < end; k++) if (lexicon.isEntry(k)) hits.add(k, k === exact ? 'exact' : 'prefix');
  }
}

function searchPinyin(index: Index, lexicon: Lexicon, raw: string, hits: Hits): void {
  const q = compact(raw);
  if (!/^[a-z0-9\u0300-\u036f]+$/.test(q.normalize('NFD'))) return;
  const numbered = /\d/.test(q) ? tonelessPinyin(q).replace(/0/g, '5') : null;
  const marked = !numbered && TONE_MARKS.test(q.normalize('NFD')) ? q.normalize('NFC') : null;
  const plain = tonelessPinyin(q).replace(/\d/g, '');
  if (!plain) return;
  const sec = lexicon.sections;
  const order = sec.searchPinyin;
  const { start, exactEnd, end } = index.range(order, (r) => index.key(r, 'plain'), plain);
  for (let i = start; i < end; i++) {
    const record = order[i] ?? 0;
    let exact = i < exactEnd;
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
    const initials = sec.searchInitials;
    const found = index.range(initials, (r) => index.initials(r), plain);
    for (let i = found.start; i < found.end; i++) {
      const record = initials[i] ?? 0;
      hits.add(recordHeadword(record), i < found.exactEnd ? 'prefix' : 'partial', recordReading(record));
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
export function searchDictionary(
  lexicon: Lexicon,
  query: string,
  { limit = MAX_SEARCH_LIMIT, offset = 0 }: SearchOptions = {},
): DictionarySearchResult {
  const q = query.trim();
  if (!q) return { total: 0, hits: [] };
  const index = new Index(lexicon);
  const hits = new Hits(lexicon);
  try {
    if (HAN.test(q)) searchHanzi(index, lexicon, q.replace(/\s+/g, ''), hits);
    else {
      searchPinyin(index, lexicon, q, hits);
      searchMeaning(index, lexicon, q, hits);
    }
    // Tier, then frequency (cost), then the headword (indexes are in code-unit order): numbers
    // only, no string per comparison, as a one-letter query ranks some 10 000 words.
    const rank = (k: number) => hits.tier(k) * 1e6 + lexicon.cost(k);
    const ranked = hits.words.slice().sort((a, b) => rank(a) - rank(b) || a - b);
    return {
      total: ranked.length,
      hits: ranked
        .slice(offset, offset + Math.min(limit, MAX_SEARCH_LIMIT))
        .map((k) => describe(lexicon, k, hits.reading(k), KIND_OF_TIER[hits.tier(k)] ?? 'partial')),
    };
  } finally {
    hits.clear();
  }
}
