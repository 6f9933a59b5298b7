/**
 * Saved words: a list in localStorage, no account. Everything read back is checked field by field
 * with limits (a hand-written check instead of zod because this runs on the article page, whose
 * JavaScript budget is small): a damaged or foreign entry is dropped, never trusted.
 */

import { readStored, writeStored } from '../browser-storage';
import { parseStoredList, serializeStoredList } from '../stored-list';

export interface SavedWord {
  /** Simplified hanzi; identifies the word in the list. */
  hanzi: string;
  /** Tone-marked: "léi jūn". */
  pinyin: string;
  /** In the UI language at the time of saving (or its fallback, English or German). */
  meaning: string;
  /** BCP 47 tag of `meaning`; absent in words saved before it was recorded. */
  meaningLang?: string;
  /** The sentence where it was saved; may be empty. */
  sentence: string;
  /**
   * BCP 47 tag of the sentence's language (the text the word was saved from, not the UI); absent
   * in words saved before it was recorded.
   */
  lang?: string;
  /** ISO 8601. */
  savedAt: string;
  /**
   * Where in a text the word was saved, without the UI language: "/articles/xiaomi-2018#mention-3"
   * (a long text's page as "?page=2"); absent for words saved elsewhere or before it was recorded.
   */
  source?: string;
}

export const SAVED_WORDS_KEY = 'hanzi-reader:saved-words';
/** Fired on the window after this page changed the list (the storage event only reaches other tabs). */
export const SAVED_WORDS_CHANGED = 'hanzi-reader:saved-words-changed';
export const MAX_SAVED_WORDS = 2000;
const LIMITS = { hanzi: 32, pinyin: 200, meaning: 500, sentence: 1000, savedAt: 40, lang: 35, source: 300 } as const;
/** A path of this site to a mention: never another site ("//host"), a scheme or a space. */
const SOURCE = /^\/(?!\/)[\w\-./%]+(?:\?page=\d{1,6})?#mention-\d{1,7}$/;
/** A language tag as pages write them ("de", "zh-Hans", "en-GB"): nothing else goes into a lang attribute. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

type Fields = Record<keyof SavedWord, unknown>;

function text(value: unknown, limit: number): string {
  if (typeof value !== 'string') return '';
  const clean = value.replace(/\s+/g, ' ').trim();
  return clean.length > limit ? `${clean.slice(0, limit - 1)}…` : clean;
}

/** A place in a text fit for a link, or '' for anything else. */
function sourcePath(value: unknown): string {
  return typeof value === 'string' && value.length <= LIMITS.source && SOURCE.test(value) ? value : '';
}

/**
 * The place of a mention on the page at `location`, as stored in `source`: the path without its
 * language, the page of a long text, the mention's id.
 */
export function mentionSource(location: { pathname: string; search: string }, mentionId: string): string {
  const page = new URLSearchParams(location.search).get('page');
  return sourcePath(`${location.pathname.replace(/^\/[a-z]{2}(?=\/)/, '')}${page ? `?page=${page}` : ''}#${mentionId}`);
}

/** A language tag fit for a lang attribute, or '' for anything else. */
function languageTag(value: unknown): string {
  const tag = typeof value === 'string' ? value.trim() : '';
  return tag.length <= LIMITS.lang && LANGUAGE_TAG.test(tag) ? tag : '';
}

/** A word from storage or from a save button's data, cleaned; undefined when it has no usable hanzi. */
export function toSavedWord(
  input: Partial<Fields> | null | undefined,
  now: () => Date = () => new Date(),
): SavedWord | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const hanzi = typeof input.hanzi === 'string' ? input.hanzi.trim() : '';
  if (!hanzi || hanzi.length > LIMITS.hanzi || !/\p{Script=Han}/u.test(hanzi)) return undefined;
  const savedAt = text(input.savedAt, LIMITS.savedAt);
  const lang = languageTag(input.lang);
  const meaningLang = languageTag(input.meaningLang);
  const source = sourcePath(input.source);
  return {
    hanzi,
    pinyin: text(input.pinyin, LIMITS.pinyin),
    meaning: text(input.meaning, LIMITS.meaning),
    ...(meaningLang ? { meaningLang } : {}),
    sentence: text(input.sentence, LIMITS.sentence),
    ...(lang ? { lang } : {}),
    savedAt: savedAt && !Number.isNaN(Date.parse(savedAt)) ? savedAt : now().toISOString(),
    ...(source ? { source } : {}),
  };
}

/** The stored list; an empty list when nothing or something unreadable is stored. */
export function parseSavedWords(raw: string | null): SavedWord[] {
  return parseStoredList(raw, {
    field: 'words',
    max: MAX_SAVED_WORDS,
    toItem: (item) => toSavedWord(item as Partial<Fields>),
    keyOf: (word) => word.hanzi,
  });
}

export function serializeSavedWords(words: readonly SavedWord[]): string {
  return serializeStoredList('words', words);
}

export function isSaved(words: readonly SavedWord[], hanzi: string): boolean {
  return words.some((word) => word.hanzi === hanzi);
}

/** Newest first; saving a word again keeps it where it is, with its first sentence. */
export function addSavedWord(words: readonly SavedWord[], word: SavedWord): SavedWord[] {
  if (isSaved(words, word.hanzi)) return [...words];
  return [word, ...words].slice(0, MAX_SAVED_WORDS);
}

export function removeSavedWord(words: readonly SavedWord[], hanzi: string): SavedWord[] {
  return words.filter((word) => word.hanzi !== hanzi);
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export { browserStorage } from '../browser-storage';

/** localStorage may be missing or refuse access (privacy settings, full quota): never throws. */
export function readSavedWords(storage: Store | null | undefined): SavedWord[] {
  return parseSavedWords(readStored(storage, SAVED_WORDS_KEY));
}

/** False when the list could not be stored. */
export function writeSavedWords(storage: Store | null | undefined, words: readonly SavedWord[]): boolean {
  return writeStored(storage, SAVED_WORDS_KEY, serializeSavedWords(words), SAVED_WORDS_CHANGED);
}
