/** The glossary page's query (?q=…&sort=…) and the search over entries, the same as in the browser. */
import { z } from 'zod';
import { matchesQuery, searchKeysFor } from '../reader/term-filter';
import { MAX_QUERY_LENGTH, type GlossaryEntry, type GlossarySort } from './types';

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const QuerySchema = z.object({
  q: z.preprocess(first, z.string().trim().max(MAX_QUERY_LENGTH).catch('').default('')),
  sort: z.preprocess(first, z.enum(['pinyin', 'kind']).catch('pinyin').default('pinyin')),
});

export interface GlossaryQuery {
  q: string;
  sort: GlossarySort;
}

/** Never throws: a repeated parameter counts once, anything invalid or too long falls back to the default. */
export function parseGlossaryQuery(searchParams: Record<string, string | string[] | undefined>): GlossaryQuery {
  return QuerySchema.parse(searchParams);
}

export function searchEntries(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  return entries.filter((entry) => matchesQuery(searchKeysFor(entry), query));
}
