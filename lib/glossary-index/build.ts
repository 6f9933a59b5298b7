/** Merges the curated glossary with the terms the articles' annotation found. */
import { splitChars, type Meanings, type Syllable } from '../annotate';
import type { GlossaryTerm } from '../glossary';
import { sortEntries } from './order';
import type { ArticleTerm, ArticleTerms, GlossaryEntry } from './types';

function fromCurated(term: GlossaryTerm): GlossaryEntry {
  const chars = splitChars(term.simplified);
  const syllables: Syllable[] = term.syllables.map((s, i) => ({
    hanzi: chars[i] ?? '',
    pinyin: s.marked,
    tone: s.tone,
  }));
  return {
    id: term.simplified,
    simplified: term.simplified,
    ...(term.traditional && term.traditional !== term.simplified ? { traditional: term.traditional } : {}),
    pinyin: term.pinyin,
    syllables,
    kind: term.kind,
    meanings: { ...term.meanings },
    ...(term.notes ? { notes: term.notes } : {}),
    aliases: [...term.aliases],
    curated: true,
    articles: [],
  };
}

function fromArticle(term: ArticleTerm): GlossaryEntry {
  return {
    id: term.id,
    simplified: term.id,
    ...(term.traditional ? { traditional: term.traditional } : {}),
    pinyin: term.syllables.map((s) => s.pinyin).join(' '),
    syllables: term.syllables,
    kind: term.kind,
    meanings: { ...term.meanings },
    aliases: [...term.aliases],
    curated: false,
    articles: [],
  };
}

/** Languages the entry lacks, taken from an article's annotation (e.g. a dictionary meaning). */
function fillMeanings(into: Meanings, from: Meanings): Meanings {
  return { ...from, ...into };
}

/**
 * Every curated term and every term of the articles, one entry per simplified form, in pinyin
 * order. The curated glossary wins for reading, kind and meanings; otherwise the first article
 * (in the order given, the article list's) that has the term. Aliases are collected from all.
 */
export function buildGlossaryEntries(
  curated: readonly GlossaryTerm[],
  articles: readonly ArticleTerms[],
): GlossaryEntry[] {
  const entries = new Map<string, GlossaryEntry>(curated.map((term) => [term.simplified, fromCurated(term)]));
  for (const article of articles) {
    for (const term of article.terms) {
      let entry = entries.get(term.id);
      if (!entry) {
        entry = fromArticle(term);
        entries.set(term.id, entry);
      }
      entry.meanings = fillMeanings(entry.meanings, term.meanings);
      for (const alias of term.aliases) if (!entry.aliases.includes(alias)) entry.aliases.push(alias);
      entry.articles.push(term.use);
    }
  }
  return sortEntries([...entries.values()], 'pinyin');
}
