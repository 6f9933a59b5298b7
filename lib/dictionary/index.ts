/**
 * The whole dictionary (every CC-CEDICT headword) for the glossary pages, the glossary search and
 * the reader's popovers: public entry point of lib/dictionary. Server-only: it reads the compiled
 * lexicon (lib/annotate), loaded once per process and shared with the annotation engine.
 */
import 'server-only';
import { z } from 'zod';
import { getLexicon, hanLengthAt, loadedLexicon, type Lexicon } from '../annotate';
import { MAX_QUERY_LENGTH } from '../glossary-index/types';
import { hasDictionaryPage, lookupWord, type DictionaryWord } from './entry';
import { MAX_SEARCH_LIMIT, searchDictionary, type DictionarySearchResult, type SearchOptions } from './search';

export type { DictionaryCharacter, DictionaryEntry, DictionaryReading, DictionaryWord } from './entry';
export { shortSense } from './entry';
export type { DictionaryHit, DictionarySearchResult, MatchKind } from './search';
export { MAX_SEARCH_LIMIT } from './search';

/** Longest headword we look up (CC-CEDICT's longest are idioms and names of about 20 characters). */
const MAX_WORD_LENGTH = 32;

/** Only Han characters, 1 to MAX_WORD_LENGTH of them: the shape of every headword. */
export function isWordShaped(value: string): boolean {
  if (value.length === 0) return false;
  let count = 0;
  for (let i = 0; i < value.length; count++) {
    const len = hanLengthAt(value, i);
    if (len === 0 || count >= MAX_WORD_LENGTH) return false;
    i += len;
  }
  return true;
}

export const WordSchema = z
  .string()
  .trim()
  .min(1, 'Expected a word.')
  .refine(isWordShaped, `Expected 1 to ${MAX_WORD_LENGTH} Chinese characters.`);

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** ?q=…&offset=… of the search endpoint: strict (a bad value is a 400, not a default). */
export const SearchRequestSchema = z.object({
  q: z.preprocess(
    first,
    z.string().trim().min(1, 'q is required.').max(MAX_QUERY_LENGTH, `q has at most ${MAX_QUERY_LENGTH} characters.`),
  ),
  limit: z.preprocess(first, z.coerce.number().int().min(1).max(MAX_SEARCH_LIMIT).default(20)),
  offset: z.preprocess(first, z.coerce.number().int().min(0).max(10_000).default(0)),
});

export interface Dictionary {
  lookup(word: string): DictionaryWord | null;
  hasPage(word: string): boolean;
  search(query: string, options?: SearchOptions): DictionarySearchResult;
}

function dictionaryOf(lexicon: Lexicon): Dictionary {
  return {
    lookup: (word) => (isWordShaped(word) ? lookupWord(lexicon, word) : null),
    hasPage: (word) => isWordShaped(word) && hasDictionaryPage(lexicon, word),
    search: (query, options) => searchDictionary(lexicon, query.slice(0, MAX_QUERY_LENGTH), options),
  };
}

/** The dictionary; loads the lexicon on first use (well under a second, once per process). */
export async function getDictionary(): Promise<Dictionary> {
  return dictionaryOf(await getLexicon());
}

/** The dictionary if the lexicon is loaded already (it is wherever a text was annotated), else null. */
export function loadedDictionary(): Dictionary | null {
  const lexicon = loadedLexicon();
  return lexicon ? dictionaryOf(lexicon) : null;
}
