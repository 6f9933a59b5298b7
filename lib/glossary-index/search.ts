/** The glossary page's query (?q=…&sort=…) and the search over entries, the same as in the browser. */
import { z } from 'zod';
import { matchesQuery, searchKeysFor } from '../reader/term-filter';
import { MAX_QUERY_LENGTH, type GlossaryEntry, type GlossarySort } from './types';

/** How far the page's dictionary results can be paged (the search endpoint allows the same). */
const DICTIONARY_MAX_OFFSET = 10_000;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const QuerySchema = z.object({
  q: z.preprocess(first, z.string().trim().max(MAX_QUERY_LENGTH).catch('').default('')),
  sort: z.preprocess(first, z.enum(['pinyin', 'kind']).catch('pinyin').default('pinyin')),
  offset: z.preprocess(first, z.coerce.number().int().min(0).max(DICTIONARY_MAX_OFFSET).catch(0).default(0)),
});

export interface GlossaryQuery {
  q: string;
  sort: GlossarySort;
  /** First dictionary result shown (the whole dictionary's results come in pages). */
  offset: number;
}

/** Never throws: a repeated parameter counts once, anything invalid or too long falls back to the default. */
export function parseGlossaryQuery(searchParams: Record<string, string | string[] | undefined>): GlossaryQuery {
  return QuerySchema.parse(searchParams);
}

export function searchEntries(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  return entries.filter((entry) => matchesQuery(searchKeysFor(entry), query));
}
