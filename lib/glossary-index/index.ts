/**
 * The site glossary at run time. The articles' terms come from article-terms.generated.json
 * (`npm run generate:glossary-index`; a unit test fails when it is out of date) because the
 * proxy and the searchable glossary page run per request and must not load the dictionary.
 */
import { loadGlossary } from '../glossary';
import generated from './article-terms.generated.json';
import { buildGlossaryEntries } from './build';
import type { ArticleTerms, GlossaryEntry } from './types';

export type { ArticleTermUse, ExampleSentence, GlossaryEntry, GlossarySort, TextPart } from './types';
export { groupEntries, sortEntries, type EntryGroup } from './order';
export { exampleText } from './example';
export { localizedMeaning, meaningWithoutHeadword } from './meaning';
export { termPath } from './paths';
export { parseGlossaryQuery, searchEntries, type GlossaryQuery } from './search';
export { MAX_QUERY_LENGTH } from './types';

let entries: GlossaryEntry[] | undefined;
let byId: Map<string, GlossaryEntry> | undefined;

/** Every term, in pinyin order. */
export function loadGlossaryEntries(): readonly GlossaryEntry[] {
  // The generated file is written by serializeArticleTerms from ArticleTerms[] and checked by a test;
  // JSON imports are typed structurally (tone: number), hence the cast.
  entries ??= buildGlossaryEntries(loadGlossary().terms, generated as unknown as ArticleTerms[]);
  return entries;
}

export function getGlossaryEntry(id: string): GlossaryEntry | undefined {
  byId ??= new Map(loadGlossaryEntries().map((entry) => [entry.id, entry]));
  return byId.get(id);
}

export function glossaryTermIds(): Set<string> {
  return new Set(loadGlossaryEntries().map((entry) => entry.id));
}
