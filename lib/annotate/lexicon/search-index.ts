/**
 * The dictionary search's sections of the lexicon file (layout in ./format), built once at build
 * time so the server only reads them: pinyin and initials orders of every reading of every
 * headword with CC-CEDICT entries, and an inverted index of the English glosses' words.
 */
import type { PinyinSyllable } from '../../pinyin/spelling';
import type { Sections } from './format';
import { Growable } from './write';
import { tonelessPinyin } from '../../pinyin/toneless';
import { glossTokens, packRecord, pushVarint } from './search-keys';

export interface SearchableWord {
  /** Headword index in the file. */
  index: number;
  /** Segmentation cost: the lower, the more frequent. */
  cost: number;
  /** The readings as written to the file, in the same order. */
  readings: readonly (readonly PinyinSyllable[])[];
  /** The English glosses of its entries (variant-only ones left out). */
  glosses: readonly string[];
}

type SearchSections = Pick<
  Sections,
  'searchPinyin' | 'searchInitials' | 'glossTokenUnits' | 'glossTokenStart' | 'postingStart' | 'postingBytes'
>;

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `words` in ascending order of `index`. */
export function buildSearchSections(words: readonly SearchableWord[]): SearchSections {
  const records: { record: number; plain: string; initials: string; cost: number }[] = [];
  const postings = new Map<string, number[]>();
  for (const word of words) {
    word.readings.slice(0, 255).forEach((reading, r) => {
      const plain = reading.map((s) => tonelessPinyin(s.toneless));
      records.push({
        record: packRecord(word.index, r),
        plain: plain.join(''),
        initials: plain.map((s) => s[0] ?? '').join(''),
        cost: word.cost,
      });
    });
    const tokens = new Set(word.glosses.flatMap(glossTokens));
    for (const token of tokens) (postings.get(token) ?? postings.set(token, []).get(token))?.push(word.index);
  }
  const byKey = (key: 'plain' | 'initials') =>
    [...records].sort((a, b) => compare(a[key], b[key]) || a.cost - b.cost || a.record - b.record).map((r) => r.record);

  const tokens = [...postings.keys()].sort(compare);
  const tokenUnits = new Growable(new Uint16Array(1 << 18));
  const tokenStart = new Uint32Array(tokens.length + 1);
  const postingStart = new Uint32Array(tokens.length + 1);
  const bytes = new Growable(new Uint8Array(1 << 20));
  tokens.forEach((token, i) => {
    tokenStart[i] = tokenUnits.length;
    tokenUnits.pushString(token);
    postingStart[i] = bytes.length;
    let previous = 0;
    for (const index of postings.get(token) ?? []) {
      pushVarint(bytes, index - previous);
      previous = index;
    }
  });
  tokenStart[tokens.length] = tokenUnits.length;
  postingStart[tokens.length] = bytes.length;
  return {
    searchPinyin: Uint32Array.from(byKey('plain')),
    searchInitials: Uint32Array.from(byKey('initials')),
    glossTokenUnits: tokenUnits.done(),
    glossTokenStart: tokenStart,
    postingStart,
    postingBytes: bytes.done(),
  };
}
