/** The site-wide glossary: every curated term and every term found in the articles. */
import type { Meanings, Syllable, TermKind } from '../annotate';

/** A piece of an example sentence; `term` marks a mention of the entry's term. */
export interface TextPart {
  text: string;
  term?: true;
}

/** The sentence around one or more mentions of a term, in the article's language. */
export interface ExampleSentence {
  /** Number of the first mention in the sentence (the article's `mention-N` id). */
  mention: number;
  parts: TextPart[];
}

/** What one article says about one term. */
export interface ArticleTermUse {
  slug: string;
  title: string;
  /** Mentions, term and alias together. */
  count: number;
  firstMention: number;
  examples: ExampleSentence[];
}

/** One term as an article's annotation describes it (the engine's reading for that text). */
export interface ArticleTerm {
  id: string;
  traditional?: string;
  syllables: Syllable[];
  kind: TermKind;
  meanings: Meanings;
  aliases: string[];
  use: ArticleTermUse;
}

/** The glossary-relevant result of annotating one article. */
export interface ArticleTerms {
  slug: string;
  terms: ArticleTerm[];
}

export interface GlossaryEntry {
  /** The simplified form; also the URL segment of the term page. */
  id: string;
  simplified: string;
  /** Only when it differs from the simplified form. */
  traditional?: string;
  /** Tone-marked, space-separated: "léi jūn". */
  pinyin: string;
  syllables: Syllable[];
  kind: TermKind;
  meanings: Meanings;
  notes?: Meanings;
  aliases: string[];
  /** In the curated glossary (lib/glossary), not only found by the dictionary in an article. */
  curated: boolean;
  /** The articles it appears in, in the order of the article list (newest first). */
  articles: ArticleTermUse[];
}

export type GlossarySort = 'pinyin' | 'kind';

/** Longest search query the glossary page accepts. */
export const MAX_QUERY_LENGTH = 100;
