import { loadedDictionary } from '@/lib/dictionary';
import { getGlossaryEntry, termPath } from '@/lib/glossary-index';

/**
 * The locale-free path of a term's glossary page, or null if it has none: curated and article
 * terms, and every word of the dictionary (once the lexicon is loaded; createLineRenderer loads it).
 */
export function glossaryPageOf(id: string): string | null {
  return getGlossaryEntry(id) || loadedDictionary()?.hasPage(id) ? termPath(id) : null;
}
