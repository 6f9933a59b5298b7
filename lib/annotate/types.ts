/** Public types of the annotation engine. Framework-free: no React, no Next. */

import type { AppLocale } from '../../i18n/routing';
import type { Tone } from '../pinyin/tone';

/** Tone 1–4, 5 = neutral (lib/pinyin, where the spelling helpers live). */
export type { Tone };

/** The UI languages (i18n/routing: `routing.locales` is the one list); glossary meanings exist in each. Type only: the engine loads no framework code. */
export type Locale = AppLocale;

/** What a term names, in the order the glossary groups them. The one list: schema, labels, sorting and the lexicon's encoding read it. */
export const TERM_KINDS = ['person', 'company', 'place', 'product', 'word'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** Where a reading came from, in order of trust. `text` = a romanization given next to the hanzi in the text itself. */
export type ReadingSource = 'text' | 'glossary' | 'dictionary' | 'generated';

export interface Syllable {
  /** The character as written in the text (may be traditional, may be a surrogate pair). */
  hanzi: string;
  /** Pinyin with tone mark, lowercase, e.g. "léi". */
  pinyin: string;
  tone: Tone;
}

export type Meanings = Partial<Record<Locale, string>>;

export interface PlainSegment {
  type: 'plain';
  text: string;
}

export interface TermSegment {
  type: 'term';
  /** Exactly as written in the input (simplified or traditional). */
  text: string;
  /** Stable id: the simplified form, e.g. "雷军". Same id for every occurrence of the same term. */
  id: string;
  /** Simplified form of `text`. */
  simplified: string;
  script: 'simplified' | 'traditional';
  /** Tone-marked pinyin, syllables separated by single spaces, lowercase: "léi jūn". */
  pinyin: string;
  /** One per character of `text`, in order. */
  syllables: Syllable[];
  kind: TermKind;
  meanings: Meanings;
  source: ReadingSource;
}

export interface AliasSegment {
  type: 'alias';
  /** The Latin-script mention as written, e.g. "Xiaomis". */
  text: string;
  /** Id of the term this mention refers to. */
  termId: string;
}

export type Segment = PlainSegment | TermSegment | AliasSegment;

/** HSK 2.0 vocabulary level; words it does not list have none. */
export type HskLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** One entry per distinct term, in order of first appearance (term or alias). */
export interface TermSummary {
  id: string;
  simplified: string;
  /** Its traditional form where it differs: the dictionary entry of this reading (头发 → 頭髮). */
  traditional?: string;
  pinyin: string;
  syllables: Syllable[];
  kind: TermKind;
  meanings: Meanings;
  source: ReadingSource;
  /** Absent for names, words with a character outside the HSK vocabulary, and texts stored before levels existed. */
  hsk?: HskLevel;
  /** The HSK lists lack the word: `hsk` is the level of its hardest character. */
  hskEstimated?: true;
  aliases: string[];
  /** Occurrences in the text, term and alias mentions counted together. */
  count: number;
}

export interface Annotated {
  /** Concatenating every `text` gives back the input exactly. */
  segments: Segment[];
  terms: TermSummary[];
}

export interface AnnotateOptions {
  /** Extra per-text reading overrides (e.g. a teacher's correction): simplified hanzi → numbered pinyin "lei2 jun1". */
  overrides?: Record<string, string>;
}
