import type { TermSummary } from '../annotate';
import type { AnnotatedLine } from '../annotated-lines';
import type { Correction } from './correction-types';

/**
 * A text's annotation as stored: plain JSON (no Map), computed once when the text is created,
 * retitled or corrected, so reading a text never runs the annotation engine.
 */
export interface StoredAnnotation {
  /** The annotated title, null for an untitled text. */
  title: AnnotatedLine | null;
  /** One entry per non-empty line of the text. */
  paragraphs: AnnotatedLine[];
  terms: TermSummary[];
  /** term id → number of its first mention, in reading order. */
  firstMention: Array<[string, number]>;
}

/** Simplified hanzi → numbered pinyin ("hua2 wei2"), as `annotate(text, { overrides })` takes them. */
export type ReadingOverrides = Record<string, string>;

export interface TextRecord {
  /** base64url of 16 random bytes. */
  id: string;
  /** '' when the text has no title. */
  title: string;
  body: string;
  sourceUrl: string | null;
  /** SHA-256 of the manage token, hex. */
  tokenHash: string;
  overrides: ReadingOverrides;
  /** Corrections of single words, splits, merges and meanings, applied after every annotation (lib/texts/apply-corrections.ts). */
  corrections: Correction[];
  annotation: StoredAnnotation;
  /** Starts at 1, incremented by every change. */
  version: number;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

/** An annotation already in its stored form (lib/texts/annotation-codec), e.g. from the annotation worker. */
export interface EncodedAnnotation {
  encoded: string;
}

/** A new text has no corrections yet. */
export type NewTextRecord = Omit<TextRecord, 'version' | 'updatedAt' | 'annotation' | 'corrections'> & {
  annotation: StoredAnnotation | EncodedAnnotation;
};

export interface TextUpdate {
  title: string;
  /** The new body; the stored one stays if absent. */
  body?: string;
  overrides: ReadingOverrides;
  /** The new corrections; the stored ones stay if absent. */
  corrections?: Correction[];
  annotation: StoredAnnotation;
  expectedVersion: number;
  now: number;
  /**
   * What becomes of the version replaced: kept in the history (the default, so that it can be
   * restored), or, when this update restores the history's newest version (undo), that entry is
   * taken out of the history.
   */
  history?: { restored: number };
}

/** An earlier version of a text, as the history keeps it. */
export interface TextVersion {
  version: number;
  title: string;
  body: string;
  overrides: ReadingOverrides;
  corrections: Correction[];
  savedAt: number;
}

export type TextLookup =
  { state: 'active'; text: TextRecord } | { state: 'deleted'; deletedAt: number } | { state: 'missing' };

/** What the proxy needs to answer a text page: existence and, for the manage page, the token hash. */
export type TextState = { state: 'active'; tokenHash: string } | { state: 'deleted' } | { state: 'missing' };

/**
 * Persistence of pasted texts. Async so that a PostgreSQL implementation (issue 9) fits the same
 * interface; both run the SQL migrations in lib/texts/migrations. Implementations never keep
 * state in memory only: every resolved write is on disk.
 */
export interface TextStore {
  create(text: NewTextRecord): Promise<void>;
  get(id: string): Promise<TextLookup>;
  /** Cheap: reads neither the body nor the annotation. */
  state(id: string): Promise<TextState>;
  /**
   * Replaces the editable fields (title, body, reading overrides, corrections) and the annotation
   * computed from them, and keeps the version replaced in the history, in one transaction, only
   * if the text is still at `expectedVersion`; false if it changed meanwhile or is gone.
   */
  update(id: string, change: TextUpdate): Promise<boolean>;
  /** The newest earlier version of an active text (what undo restores), or null if it has none. */
  previousVersion(id: string): Promise<TextVersion | null>;
  /** Wipes the content and its history and keeps a tombstone, so the id answers "gone". False if there was no active text. */
  delete(id: string, now: number): Promise<boolean>;
  close(): Promise<void>;
}
