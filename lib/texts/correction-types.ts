import type { Locale } from '../annotate';

/**
 * Where a word is, in a form that survives edits of other sentences: its characters, the
 * sentence around it and its place in that sentence. A correction applies wherever that sentence
 * still stands unchanged (lib/texts/word-anchor.ts).
 */
export interface WordAnchor {
  /** The word's characters as written (for a merge: the words merged). */
  text: string;
  /** The sentence around the word, as written. */
  sentence: string;
  /** Where the word starts in the sentence (UTF-16 code units). */
  offset: number;
  /** Where the sentence started in the document (title and paragraphs joined by line breaks): picks one of several equal sentences. */
  near: number;
}

/** One word read otherwise than the engine reads it: its reading (numbered pinyin) and/or its meaning in one language. */
export interface OccurrenceCorrection {
  kind: 'occurrence';
  anchor: WordAnchor;
  /** Numbered pinyin, "huan2"; null keeps the engine's reading. */
  reading: string | null;
  /** A meaning written by the owner, in the language of the page it was written on. */
  meaning: { locale: Locale; text: string } | null;
}

/** One word cut into parts; `parts` are their lengths in characters (code points), together the word's. */
export interface SplitCorrection {
  kind: 'split';
  anchor: WordAnchor;
  parts: number[];
}

/** Adjacent words read as one: `anchor.text` is all of them. */
export interface MergeCorrection {
  kind: 'merge';
  anchor: WordAnchor;
}

/** A meaning for every occurrence of a term (its reading for every occurrence is a reading override). */
export interface TermMeaningCorrection {
  kind: 'term-meaning';
  /** The term's id (its simplified form). */
  term: string;
  locale: Locale;
  text: string;
}

export type Correction = OccurrenceCorrection | SplitCorrection | MergeCorrection | TermMeaningCorrection;

/** The longest meaning a teacher can write for a word. */
export const MAX_MEANING_CHARS = 200;
/** Corrections of all kinds a text can have (each one is applied after every annotation). */
export const MAX_CORRECTIONS = 300;
